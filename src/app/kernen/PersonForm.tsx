import { useLocation } from 'preact-iso/router';
import { draftKey } from '../../db/drafts.ts';
import { organisationsForRoles } from '../../db/queries/field-queries.ts';
import { createPerson, updatePerson } from '../../db/repositories/people.ts';
import { changedFields } from '../../shared/records/changes.ts';
import type { Person, PersonInput } from '../../shared/records/person.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { TextField } from '../components/form/TextField.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useDraft } from '../data/useDraft.ts';
import { useLive } from '../data/useLive.ts';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useKernen } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { MembershipFields } from './MembershipFields.tsx';

type PersonForm = Required<PersonInput>;

function formOf(person: Person): PersonForm {
  const { name, kernId, phone, email, memberships, dataBasis } = person;
  return { name, kernId, phone, email, memberships, dataBasis };
}

/**
 * A contact person's fields, to add one to a kern (`kernId`) or to change one (`person`).
 * Only what is needed; the basis for keeping their data is required (AVG). Their roles in
 * organisations have dates: a role that ended gets an end date and stays visible.
 */
export function PersonForm(props: { kernId: string; person?: undefined } | { person: Person }) {
  const { t } = useRecordText();
  const { route } = useLocation();
  const { db, writer } = useLocalData();
  const kernen = useKernen();
  const editing = props.person;
  const writable = usePermissions().kernenToCreateIn(
    'people',
    kernen.map((kern) => kern.id),
  );
  const newIn = 'kernId' in props ? props.kernId : '';
  // Kept as a draft while typed, with the record as it was when typing began (an edit writes
  // only what was typed since).
  const draft = useDraft<{ baseline: PersonForm; form: PersonForm }>(
    db,
    editing ? draftKey('edit-person', editing.id) : draftKey('new-person', newIn),
    () => {
      const start: PersonForm = editing
        ? formOf(editing)
        : {
            name: '',
            kernId: newIn,
            phone: '',
            email: '',
            memberships: [],
            dataBasis: t('person.defaultBasis'),
          };
      return { baseline: start, form: start };
    },
  );
  const { baseline, form } = draft.value;
  const heldIds = form.memberships.map((m) => m.organisationId).join(',');
  const organisations = useLive(
    () => organisationsForRoles(db, form.kernId, heldIds.split(',').filter(Boolean)),
    [db, form.kernId, heldIds],
  );
  const { problems, failure, run } = useRecordSave();
  const set = <K extends keyof PersonForm>(field: K, value: PersonForm[K]) =>
    draft.update((current) => ({ ...current, form: { ...current.form, [field]: value } }));

  const save = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      const saved = editing
        ? await updatePerson(db, editing.id, changedFields(baseline, form), writer)
        : await createPerson(db, form, writer);
      await draft.discard();
      route(`/personen/${saved.id}`);
    });
  };
  const cancel = async () => {
    await draft.discard();
    if (editing) route(`/personen/${editing.id}`);
  };

  if (!draft.ready) return null;

  return (
    <form class="form" onSubmit={(event) => void save(event)} noValidate>
      <FormMessage text={failure} kind="error" />
      <TextField
        id="person-name"
        label={t('field.name')}
        value={form.name}
        onInput={(value) => set('name', value)}
        error={problems['name']}
        required
      />
      {editing && (
        <KernSelect
          id="person-kern"
          kernen={kernen.filter(
            (kern) => (kern.active && writable.includes(kern.id)) || kern.id === form.kernId,
          )}
          value={form.kernId}
          onChange={(kernId) => set('kernId', kernId)}
          error={problems['kernId']}
        />
      )}
      <TextField
        id="person-phone"
        type="tel"
        label={t('field.phone')}
        value={form.phone}
        onInput={(value) => set('phone', value)}
        error={problems['phone']}
      />
      <TextField
        id="person-email"
        type="email"
        label={t('field.email')}
        value={form.email}
        onInput={(value) => set('email', value)}
        error={problems['email']}
      />
      <TextField
        id="person-basis"
        label={t('person.dataBasis')}
        hint={t('person.dataBasisHint')}
        value={form.dataBasis}
        onInput={(value) => set('dataBasis', value)}
        error={problems['dataBasis']}
        required
      />
      <MembershipFields
        memberships={form.memberships}
        organisations={organisations.status === 'ready' ? organisations.value : []}
        problems={problems}
        onChange={(memberships) => set('memberships', memberships)}
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
