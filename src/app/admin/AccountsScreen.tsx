import { MailLink } from '../components/ContactLinks.tsx';
import { useCallback } from 'preact/hooks';
import { useFailureText } from '../auth/useFailureText.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { AdminNav } from './AdminNav.tsx';
import { InviteForm } from './InviteForm.tsx';
import { ROLE_LABELS, STATUS_LABELS } from './labels.ts';
import { useAdminApi } from './useAdminApi.ts';
import { useRemote } from './useRemote.ts';

/** Beheer: every account with its roles and status, and the invitation form. */
export default function AccountsScreen() {
  const { t } = useAdminText();
  const api = useAdminApi();
  const failureText = useFailureText();
  const users = useRemote(useCallback(() => api.users(), [api]));
  const kernen = useRemote(useCallback(() => api.kernen(), [api]));

  return (
    <Screen title={t('admin.accounts')}>
      <AdminNav />
      <FormMessage text={users.error ? failureText(users.error) : undefined} kind="error" />
      {users.data && (
        <div class="table-scroll">
          <table class="table">
            <caption class="visually-hidden">{t('admin.accounts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.displayName')}</th>
                <th scope="col">{t('admin.roles')}</th>
                <th scope="col">{t('admin.status')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <td>
                    <a class="nl-link" href={`/beheer/accounts/${user.id}`}>
                      {user.displayName}
                    </a>
                    <br />
                    <span class="muted">
                      <MailLink address={user.email} />
                    </span>
                  </td>
                  <td>{user.roles.map((role) => t(ROLE_LABELS[role])).join(', ')}</td>
                  <td>{t(STATUS_LABELS[user.status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {kernen.data && <InviteForm kernen={kernen.data} onInvited={users.reload} />}
    </Screen>
  );
}
