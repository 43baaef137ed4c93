import { useCallback, useState } from 'preact/hooks';
import { KERN_KINDS, type Kern, type KernKind } from '../../shared/reference-data.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { AdminNav } from './AdminNav.tsx';
import { KernParentSelect } from './KernParentSelect.tsx';
import { KERN_KIND_LABELS } from './labels.ts';
import { useAdminApi } from './useAdminApi.ts';
import { useRemote } from './useRemote.ts';
import { useServerAction } from './useServerAction.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Select } from '../components/form/Select.tsx';
import { Heading } from '../components/nlds/Heading.tsx';

/**
 * Beheer of the kernen list: villages, buurtschappen and rural areas, with the village a
 * buurtschap belongs to (changeable, never into a loop). A kern is deactivated, never
 * deleted: records keep referring to it.
 */
export default function KernenAdminScreen() {
  const { t } = useAdminText();
  const api = useAdminApi();
  const failureText = useFailureText();
  const kernen = useRemote(useCallback(() => api.kernen(), [api]));
  const { failure, act } = useServerAction(kernen.reload);

  const nameOf = (id: string | null) => kernen.data?.find((k) => k.id === id)?.name ?? '';

  return (
    <Screen title={t('admin.kernen')}>
      <AdminNav />
      <FormMessage
        text={failure ?? (kernen.error ? failureText(kernen.error) : undefined)}
        kind="error"
      />
      <ul class="plain-list">
        {(kernen.data ?? []).map((kern) => (
          <li key={kern.id} class="list-row">
            <span>
              {kern.name}
              <br />
              <span class="muted">
                {t(KERN_KIND_LABELS[kern.kind])}
                {kern.parentId && ` · ${nameOf(kern.parentId)}`}
                {!kern.active && ` · ${t('admin.inactive')}`}
              </span>
            </span>
            <KernParentSelect
              kern={kern}
              kernen={kernen.data ?? []}
              onChange={(parentId) => void act(() => api.updateKern(kern.id, { parentId }))}
            />
            <Button
              type="button"
              onClick={() => void act(() => api.updateKern(kern.id, { active: !kern.active }))}
            >
              {kern.active ? t('admin.deactivate') : t('admin.activate')}
              <span class="visually-hidden"> {kern.name}</span>
            </Button>
          </li>
        ))}
      </ul>
      {kernen.data && (
        <NewKernForm villages={kernen.data.filter((k) => k.kind === 'dorp')} onAdd={act} />
      )}
    </Screen>
  );
}

function NewKernForm({
  villages,
  onAdd,
}: {
  villages: Kern[];
  onAdd: (work: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useAdminText();
  const api = useAdminApi();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<KernKind>('buurtschap');
  const [parentId, setParentId] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('error.required'));
      return;
    }
    setError(undefined);
    void onAdd(async () => {
      await api.createKern({ name: name.trim(), kind, parentId: parentId || null });
      setName('');
    });
  };

  return (
    <section class="screen-section" aria-labelledby="new-kern-title">
      <Heading level={2} id="new-kern-title">
        {t('admin.newKern')}
      </Heading>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          id="kern-name"
          label={t('field.name')}
          value={name}
          onInput={setName}
          error={error}
          required
        />
        <Field id="kern-kind" label={t('admin.kernKind')}>
          <Select
            id="kern-kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as KernKind)}
          >
            {KERN_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(KERN_KIND_LABELS[option])}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="kern-parent" label={t('admin.kernParent')}>
          <Select
            id="kern-parent"
            value={parentId}
            onChange={(e) => setParentId(e.currentTarget.value)}
          >
            <option value="">{t('admin.noParent')}</option>
            {villages.map((village) => (
              <option key={village.id} value={village.id}>
                {village.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" type="submit">
          {t('admin.add')}
        </Button>
      </form>
    </section>
  );
}
