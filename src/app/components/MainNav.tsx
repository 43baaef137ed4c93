import { useLocation } from 'preact-iso/router';
import { useI18n } from '../i18n/i18n.tsx';
import { MAIN_MENU } from '../routes.ts';

/**
 * The main menu; the beheer item only for a beheerder (the server checks again anyway), the
 * Overzicht only for a teamleider. For a teamleider without field work the start screen is
 * the Overzicht, so the first item says so.
 */
export function MainNav({
  isAdmin,
  teamLead,
}: {
  isAdmin: boolean;
  teamLead: 'no' | 'also-field-work' | 'only';
}) {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <nav class="main-nav" aria-label={t('nav.label')}>
      <ul>
        {MAIN_MENU.filter(
          (item) =>
            (isAdmin || !item.adminOnly) && (!item.teamLeadOnly || teamLead === 'also-field-work'),
        ).map((item) => (
          // On a phone the bottom tab bar holds the everyday screens; Beheer and the
          // Overzicht of a teamleider who also does field work are under Meer.
          <li
            key={item.path}
            class={item.adminOnly || item.teamLeadOnly ? 'main-nav-extra' : undefined}
          >
            <a
              class="nl-link"
              href={item.path}
              aria-current={
                item.path === path || (item.path !== '/' && path.startsWith(`${item.path}/`))
                  ? 'page'
                  : undefined
              }
            >
              {t(item.path === '/' && teamLead === 'only' ? 'nav.overview' : item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
