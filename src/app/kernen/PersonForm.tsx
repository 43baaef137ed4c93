import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { organisationsForRoles } from '../../db/queries/field-queries.ts';
import { createPerson, updatePerson } from '../../db/repositories/people.ts';
import { changedFields } from '../../shared/records/changes.ts';
import type { Person, PersonInput } from '../../shared/records/person.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { TextField } from '../components/form/TextField.tsx';
import { Button, ButtonLink } from '../components/nlds/Button.tsx';
import { useLocalData } from '../data/local-data.tsx';
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
  const [baseline] = useState<PersonForm>(() =>
    editing
      ? formOf(editing)
      : {
          name: '',
          kernId: 'kernId' in props ? props.kernId : '',
          phone: '',
          email: '',
          memberships: [],
          dataBasis: t('person.defaultBasis'),
        },
  );
  const [form, setForm] = useState(baseline);
  const heldIds = form.memberships.map((m) => m.organisationId).join(',');
  const organisations = useLive(
    () => organisationsForRoles(db, form.kernId, heldIds.split(',').filter(Boolean)),
    [db, form.kernId, heldIds],
  );
  const { problems, failure, run } = useRecordSave();
  const set = <K extends keyof PersonForm>(field: K, value: PersonForm[K]) =>
    setForm((current) => ({ ...current, [field]: value }));

  const save = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      const saved = editing
        ? await updatePerson(db, editing.id, changedFields(baseline, form), writer)
        : await createPerson(db, form, writer);
      route(`/personen/${saved.id}`);
    });
  };

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
        {editing && <ButtonLink href={`/personen/${editing.id}`}>{t('record.cancel')}</ButtonLink>}
      </p>
    </form>
  );
}
