import { useLocation } from 'preact-iso/router';
import { useI18n } from '../i18n/i18n.tsx';
import { MAIN_MENU } from '../routes.ts';

/** The main menu; the beheer item only for a beheerder (the server checks again anyway). */
export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <nav class="main-nav" aria-label={t('nav.label')}>
      <ul>
        {MAIN_MENU.filter((item) => isAdmin || !item.adminOnly).map((item) => (
          // On a phone the bottom tab bar holds the everyday screens; Beheer is under Meer.
          <li key={item.path} class={item.adminOnly ? 'main-nav-extra' : undefined}>
            <a
              class="nl-link"
              href={item.path}
              aria-current={
                item.path === path || (item.path !== '/' && path.startsWith(`${item.path}/`))
                  ? 'page'
                  : undefined
              }
            >
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
