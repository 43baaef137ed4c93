import { useLocation } from 'preact-iso/router';
import { useI18n } from '../i18n/i18n.tsx';
import { MAIN_MENU } from '../routes.ts';

export function MainNav() {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <nav class="main-nav" aria-label={t('nav.label')}>
      <ul>
        {MAIN_MENU.map((item) => (
          <li key={item.path}>
            <a href={item.path} aria-current={item.path === path ? 'page' : undefined}>
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
