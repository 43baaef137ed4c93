import { useLocation } from 'preact-iso/router';
import { draftKey } from '../../db/drafts.ts';
import { createOrganisation, updateOrganisation } from '../../db/repositories/organisations.ts';
import { changedFields } from '../../shared/records/changes.ts';
import {
  ORGANISATION_STATUSES,
  type Organisation,
  type OrganisationInput,
} from '../../shared/records/organisation.ts';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextAreaField } from '../components/form/TextAreaField.tsx';
import { Select } from '../components/form/Select.tsx';
import { describedBy, Field, TextField } from '../components/form/TextField.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useDraft } from '../data/useDraft.ts';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useKernen, useOrganisationKinds } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';

type Status = (typeof ORGANISATION_STATUSES)[number];
type OrganisationForm = Required<OrganisationInput>;

function formOf(organisation: Organisation): OrganisationForm {
  const { name, kindId, kernIds, address, email, phone, website, status, endDate, notes } =
    organisation;
  return { name, kindId, kernIds, address, email, phone, website, status, endDate, notes };
}

const emptyForm = (kernId: string): OrganisationForm => ({
  name: '',
  kindId: '',
  kernIds: [kernId],
  address: '',
  email: '',
  phone: '',
  website: '',
  status: 'actief',
  endDate: null,
  notes: '',
});

/**
 * An organisation's fields, to add one to a kern (`kernId`) or to change one
 * (`organisation`). Dissolving is a change of status with the date: the organisation and
 * its history stay. An edit writes only the fields changed since the form opened.
 */
export function OrganisationForm(
  props: { kernId: string; organisation?: undefined } | { organisation: Organisation },
) {
  const { t } = useRecordText();
  const { route } = useLocation();
  const { db, writer } = useLocalData();
  const kernen = useKernen();
  const editing = props.organisation;
  // Only kernen this account works in can be added or taken off (src/shared/permissions).
  const writable = usePermissions().kernenToCreateIn(
    'organisations',
    kernen.map((kern) => kern.id),
  );
  const kinds = useOrganisationKinds().filter((kind) => kind.active || kind.id === editing?.kindId);
  const newIn = 'kernId' in props ? props.kernId : '';
  // Kept as a draft while typed, with the record as it was when typing began (an edit writes
  // only what was typed since).
  const draft = useDraft<{ baseline: OrganisationForm; form: OrganisationForm }>(
    db,
    editing ? draftKey('edit-organisation', editing.id) : draftKey('new-organisation', newIn),
    () => {
      const start = editing ? formOf(editing) : emptyForm(newIn);
      return { baseline: start, form: start };
    },
  );
  const { baseline, form } = draft.value;
  const { problems, failure, run } = useRecordSave();
  const set = <K extends keyof OrganisationForm>(field: K, value: OrganisationForm[K]) =>
    draft.update((current) => ({ ...current, form: { ...current.form, [field]: value } }));

  const save = async (event: Event) => {
    event.preventDefault();
    const values: OrganisationForm = {
      ...form,
      kindId: form.kindId || kinds[0]?.id || '',
      endDate: form.status === 'opgeheven' ? form.endDate || null : null,
    };
    await run(async () => {
      const saved = editing
        ? await updateOrganisation(db, editing.id, changedFields(baseline, values), writer)
        : await createOrganisation(db, values, writer);
      await draft.discard();
      route(`/organisaties/${saved.id}`);
    });
  };
  const cancel = async () => {
    await draft.discard();
    if (editing) route(`/organisaties/${editing.id}`);
  };

  if (!draft.ready) return null;

  return (
    <form class="form" onSubmit={(event) => void save(event)} noValidate>
      <FormMessage text={failure} kind="error" />
      <TextField
        id="organisation-name"
        label={t('field.name')}
        value={form.name}
        onInput={(value) => set('name', value)}
        error={problems['name']}
        required
      />
      <Field id="organisation-kind" label={t('organisation.kind')} error={problems['kindId']}>
        <Select
          id="organisation-kind"
          value={form.kindId}
          onChange={(e) => set('kindId', e.currentTarget.value)}
          aria-invalid={problems['kindId'] ? true : undefined}
          aria-describedby={describedBy('organisation-kind', undefined, problems['kindId'])}
        >
          {kinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.name}
            </option>
          ))}
        </Select>
      </Field>
      {editing && (
        <Checkboxes
          legend={t('organisation.kernen')}
          name="organisation-kernen"
          options={kernen
            .filter(
              (kern) =>
                (kern.active && writable.includes(kern.id)) || form.kernIds.includes(kern.id),
            )
            .map((kern) => ({
              value: kern.id,
              label: kern.name,
              disabled: !writable.includes(kern.id),
            }))}
          selected={form.kernIds}
          onChange={(ids) => set('kernIds', ids)}
          error={problems['kernIds']}
        />
      )}
      <Field id="organisation-status" label={t('organisation.status')}>
        <Select
          id="organisation-status"
          value={form.status}
          onChange={(e) => set('status', e.currentTarget.value as Status)}
        >
          {ORGANISATION_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`organisationStatus.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
      {form.status === 'opgeheven' && (
        <TextField
          id="organisation-end"
          type="date"
          label={t('organisation.endDate')}
          hint={t('organisation.endDateHint')}
          value={form.endDate ?? ''}
          onInput={(value) => set('endDate', value || null)}
          error={problems['endDate']}
        />
      )}
      <TextField
        id="organisation-address"
        label={t('organisation.address')}
        value={form.address}
        onInput={(value) => set('address', value)}
        error={problems['address']}
        autoComplete="street-address"
      />
      <TextField
        id="organisation-email"
        type="email"
        label={t('field.email')}
        value={form.email}
        onInput={(value) => set('email', value)}
        error={problems['email']}
      />
      <TextField
        id="organisation-phone"
        type="tel"
        label={t('field.phone')}
        value={form.phone}
        onInput={(value) => set('phone', value)}
        error={problems['phone']}
      />
      <TextField
        id="organisation-website"
        type="url"
        label={t('organisation.website')}
        value={form.website}
        onInput={(value) => set('website', value)}
        error={problems['website']}
      />
      <TextAreaField
        id="organisation-notes"
        label={t('organisation.notes')}
        value={form.notes}
        onInput={(value) => set('notes', value)}
        error={problems['notes']}
      />
      <p class="button-row">
        <Button appearance="primary" large type="submit">
          {editing ? t('record.saveChanges') : t('admin.save')}
        </Button>
        {editing && (
          <Button type="button" onClick={() => void cancel()}>
            {t('record.cancel')}
          </Button>
        )}
      </p>
    </form>
  );
}
