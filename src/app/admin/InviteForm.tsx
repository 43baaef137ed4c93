import { useState } from 'preact/hooks';
import type { InviteAnswer } from '../../shared/auth-api.ts';
import type { Kern } from '../../shared/reference-data.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { ROLE_LABELS } from './labels.ts';
import { SetupLinkBox } from './SetupLinkBox.tsx';
import { useAdminApi } from './useAdminApi.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';

type Errors = Partial<Record<'email' | 'displayName' | 'roles', string>>;

/** Invite a colleague: name, e-mail, roles and kernen; the answer is their setup link. */
export function InviteForm({ kernen, onInvited }: { kernen: Kern[]; onInvited: () => void }) {
  const { t } = useAdminText();
  const api = useAdminApi();
  const failureText = useFailureText();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['gebiedsverbinder']);
  const [kernIds, setKernIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [answer, setAnswer] = useState<InviteAnswer>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Errors = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = t('error.email');
    if (!displayName.trim()) found.displayName = t('error.required');
    if (roles.length === 0) found.roles = t('error.role');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setFailure(undefined);
    try {
      setAnswer(
        await api.invite({ email: email.trim(), displayName: displayName.trim(), roles, kernIds }),
      );
      setEmail('');
      setDisplayName('');
      setRoles(['gebiedsverbinder']);
      setKernIds([]);
      onInvited();
    } catch (error) {
      setFailure(failureText(error));
    }
  };

  return (
    <section class="screen-section" aria-labelledby="invite-title">
      <Heading level={2} id="invite-title">
        {t('admin.invite')}
      </Heading>
      {answer && <SetupLinkBox link={answer.setupLink} expiresAt={answer.setupLinkExpiresAt} />}
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <TextField
          id="invite-name"
          label={t('field.displayName')}
          value={displayName}
          onInput={setDisplayName}
          error={errors.displayName}
          required
        />
        <TextField
          id="invite-email"
          type="email"
          label={t('field.email')}
          value={email}
          onInput={setEmail}
          error={errors.email}
          required
        />
        <Checkboxes
          legend={t('admin.roles')}
          name="invite-roles"
          options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }))}
          selected={roles}
          onChange={setRoles}
          error={errors.roles}
        />
        <Checkboxes
          legend={t('admin.kernenOfUser')}
          name="invite-kernen"
          options={kernen.filter((k) => k.active).map((k) => ({ value: k.id, label: k.name }))}
          selected={kernIds}
          onChange={setKernIds}
        />
        <Button appearance="primary" type="submit">
          {t('admin.inviteSubmit')}
        </Button>
      </form>
    </section>
  );
}
