import { useCallback, useState } from 'preact/hooks';
import { useFailureText } from '../auth/useFailureText.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { AdminNav } from './AdminNav.tsx';
import { useAdminApi } from './useAdminApi.ts';
import { useRemote } from './useRemote.ts';
import { useServerAction } from './useServerAction.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';

/** Beheer of the kinds of organisation (Plaatselijk Belang, vereniging, school …). */
export default function OrganisationKindsAdminScreen() {
  const { t } = useAdminText();
  const api = useAdminApi();
  const failureText = useFailureText();
  const kinds = useRemote(useCallback(() => api.organisationKinds(), [api]));
  const { failure, act } = useServerAction(kinds.reload);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('error.required'));
      return;
    }
    setError(undefined);
    void act(async () => {
      await api.createOrganisationKind(name.trim());
      setName('');
    });
  };

  return (
    <Screen title={t('admin.organisationKinds')}>
      <AdminNav />
      <FormMessage
        text={failure ?? (kinds.error ? failureText(kinds.error) : undefined)}
        kind="error"
      />
      <ul class="plain-list">
        {(kinds.data ?? []).map((kind) => (
          <li key={kind.id} class="list-row">
            <span>
              {kind.name}
              {!kind.active && <span class="muted"> · {t('admin.inactive')}</span>}
            </span>
            <Button
              type="button"
              onClick={() =>
                void act(() => api.updateOrganisationKind(kind.id, { active: !kind.active }))
              }
            >
              {kind.active ? t('admin.deactivate') : t('admin.activate')}
              <span class="visually-hidden"> {kind.name}</span>
            </Button>
          </li>
        ))}
      </ul>
      <section class="screen-section" aria-labelledby="new-kind-title">
        <Heading level={2} id="new-kind-title">
          {t('admin.newOrganisationKind')}
        </Heading>
        <form class="form" onSubmit={submit} noValidate>
          <TextField
            id="kind-name"
            label={t('field.name')}
            value={name}
            onInput={setName}
            error={error}
            required
          />
          <Button appearance="primary" type="submit">
            {t('admin.add')}
          </Button>
        </form>
      </section>
    </Screen>
  );
}
