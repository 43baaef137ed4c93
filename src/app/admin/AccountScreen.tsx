import { MailLink } from '../components/ContactLinks.tsx';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso/router';
import type { AdminUser, UpdateUserRequest } from '../../shared/auth-api.ts';
import type { Kern } from '../../shared/reference-data.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { Screen } from '../components/Screen.tsx';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { AdminNav } from './AdminNav.tsx';
import { DeviceList } from './DeviceList.tsx';
import { ROLE_LABELS, STATUS_LABELS } from './labels.ts';
import { SetupLinkBox } from './SetupLinkBox.tsx';
import { useAdminApi } from './useAdminApi.ts';
import { useRemote } from './useRemote.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';

/** Beheer of one account: name, roles, kernen, (de)activation, setup link, devices. */
export default function AccountScreen() {
  const { t } = useAdminText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const api = useAdminApi();
  const failureText = useFailureText();
  const users = useRemote(useCallback(() => api.users(), [api]));
  const kernen = useRemote(useCallback(() => api.kernen(), [api]));
  const user = users.data?.find((candidate) => candidate.id === id);

  return (
    <Screen title={user?.displayName ?? t('admin.account')}>
      <AdminNav />
      <FormMessage text={users.error ? failureText(users.error) : undefined} kind="error" />
      {users.data && !user && <p>{t('admin.noSuchAccount')}</p>}
      {user && kernen.data && (
        <AccountForm user={user} kernen={kernen.data} onSaved={users.reload} />
      )}
      {user && <DeviceList userId={user.id} />}
    </Screen>
  );
}

function AccountForm({
  user,
  kernen,
  onSaved,
}: {
  user: AdminUser;
  kernen: Kern[];
  onSaved: () => void;
}) {
  const { t } = useAdminText();
  const api = useAdminApi();
  const failureText = useFailureText();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [kernIds, setKernIds] = useState<string[]>(user.kernIds);
  const [message, setMessage] = useState<{ text: string; kind: 'error' | 'success' }>();
  const [link, setLink] = useState<{ setupLink: string; setupLinkExpiresAt: number }>();

  useEffect(() => {
    setDisplayName(user.displayName);
    setRoles(user.roles);
    setKernIds(user.kernIds);
  }, [user]);

  const run = async (work: () => Promise<unknown>, success: string) => {
    setMessage(undefined);
    try {
      await work();
      setMessage({ text: success, kind: 'success' });
      onSaved();
    } catch (error) {
      setMessage({ text: failureText(error), kind: 'error' });
    }
  };
  const save = (change: UpdateUserRequest) =>
    run(() => api.updateUser(user.id, change), t('admin.saved'));

  return (
    <>
      <p>
        <MailLink address={user.email} /> · {t(STATUS_LABELS[user.status])}
      </p>
      <FormMessage text={message?.text} kind={message?.kind ?? 'error'} />
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save({ displayName, roles, kernIds });
        }}
      >
        <TextField
          id="account-name"
          label={t('field.displayName')}
          value={displayName}
          onInput={setDisplayName}
          required
        />
        <Checkboxes
          legend={t('admin.roles')}
          name="account-roles"
          options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }))}
          selected={roles}
          onChange={setRoles}
        />
        <Checkboxes
          legend={t('admin.kernenOfUser')}
          name="account-kernen"
          options={kernen.map((k) => ({ value: k.id, label: k.name }))}
          selected={kernIds}
          onChange={setKernIds}
        />
        <Button appearance="primary" type="submit">
          {t('admin.save')}
        </Button>
      </form>
      <section class="screen-section">
        <Heading level={2}>{t('admin.access')}</Heading>
        {link && <SetupLinkBox link={link.setupLink} expiresAt={link.setupLinkExpiresAt} />}
        <div class="button-row">
          {user.status !== 'deactivated' && (
            <Button
              type="button"
              onClick={() =>
                void run(
                  async () => setLink(await api.newSetupLink(user.id)),
                  t('admin.setupLinkMade'),
                )
              }
            >
              {t('admin.newSetupLink')}
            </Button>
          )}
          <Button
            type="button"
            onClick={() => void save({ active: user.status === 'deactivated' })}
          >
            {user.status === 'deactivated' ? t('admin.activate') : t('admin.deactivate')}
          </Button>
        </div>
      </section>
    </>
  );
}
