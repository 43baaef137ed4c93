import { useLocation } from 'preact-iso/router';
import { useOnline } from '../hooks/useOnline.ts';
import { useAdminText } from '../i18n/admin-text.ts';
import { Alert } from '../components/nlds/Alert.tsx';

const ADMIN_PAGES = [
  { path: '/beheer', label: 'admin.accounts' },
  { path: '/beheer/kernen', label: 'admin.kernen' },
  { path: '/beheer/organisatiesoorten', label: 'admin.organisationKinds' },
  { path: '/beheer/terugkoppeltermijn', label: 'admin.feedbackTerm' },
  { path: '/beheer/quarantaine', label: 'admin.quarantine' },
  { path: '/beheer/bewaartermijnen', label: 'admin.retention' },
] as const;

/** The beheer sub-menu, and the reminder that these screens need the server. */
export function AdminNav() {
  const { t } = useAdminText();
  const { path } = useLocation();
  const online = useOnline();
  return (
    <>
      <nav class="sub-nav" aria-label={t('admin.menu')}>
        <ul>
          {ADMIN_PAGES.map((page) => (
            <li key={page.path}>
              <a
                class="nl-link"
                href={page.path}
                aria-current={page.path === path ? 'page' : undefined}
              >
                {t(page.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {!online && <Alert type="warning">{t('admin.needsConnection')}</Alert>}
    </>
  );
}
