import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import {
  knownTopics,
  openInitiativesInKern,
  organisationsInKern,
  peopleInKern,
} from '../../db/queries/field-queries.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { saveNewVisit } from '../../db/repositories/visits.ts';
import { VISIT_CHANNELS } from '../../shared/records/visit.ts';
import { Screen } from '../components/Screen.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { NoCreateHere, whyNoCreate } from '../components/PermissionNotes.tsx';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { FollowUpFields } from './FollowUpFields.tsx';
import { useDraft } from './useDraft.ts';
import { emptyVisitForm, splitTopics, type VisitFormState } from './visit-form-state.ts';
import { CHANNEL_LABELS, MET_DURING_VISIT_BASIS, type VisitChannel } from './visit-options.ts';
import { Button } from '../components/nlds/Button.tsx';
import { describedBy, Field } from '../components/form/TextField.tsx';
import { Select } from '../components/form/Select.tsx';
import { Textarea } from '../components/form/Textarea.tsx';
import { Textbox } from '../components/form/Textbox.tsx';

const DRAFT_KEY = 'new-visit';

/**
 * Log a visit fast, on a phone, offline: kern, who was there, channel, topics, notes,
 * follow-ups and linked initiatives in one form, saved with one tap. What is typed is kept
 * as a draft on the device until it is saved.
 */
export function NewVisitScreen() {
  const { t } = useI18n();
  const { state } = useAuth();
  const { db, writer } = useLocalData();
  const { route } = useLocation();
  const allKernen = useKernen();
  const permissions = usePermissions();
  const cannotCreate = whyNoCreate(permissions, 'visits', allKernen);
  // The kern picker lists only the kernen this account may log a visit in.
  const writable = permissions.kernenToCreateIn(
    'visits',
    allKernen.filter((kern) => kern.active).map((kern) => kern.id),
  );
  const kernen = allKernen.filter((kern) => writable.includes(kern.id));
  const today = municipalToday(Date.now());
  const myKern = state.status === 'signed-in' ? (state.user.kernIds[0] ?? '') : '';
  const draft = useDraft<VisitFormState>(db, DRAFT_KEY, () => emptyVisitForm(today, myKern));
  const form = draft.value;
  const kernId = form.kernId || kernen[0]?.id || '';
  const people = useLive(() => peopleInKern(db, kernId), [db, kernId]);
  const organisations = useLive(() => organisationsInKern(db, kernId), [db, kernId]);
  const initiatives = useLive(() => openInitiativesInKern(db, kernId), [db, kernId]);
  const topics = useLive(() => knownTopics(db), [db]);
  const { problems, failure, run } = useRecordSave();
  const [newPersonName, setNewPersonName] = useState('');

  const set = <K extends keyof VisitFormState>(field: K, value: VisitFormState[K]) =>
    draft.update({ ...form, kernId, [field]: value });

  const save = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      await saveNewVisit(
        db,
        {
          date: form.date,
          kernId,
          channel: form.channel,
          personIds: form.personIds,
          organisationIds: form.organisationIds,
          topics: splitTopics(form.topics),
          initiativeIds: form.initiativeIds,
          notes: form.notes,
        },
        form.followUps.map((followUp) => ({
          ...followUp,
          assigneeId: writer.userId,
          // A visit about one initiative: its follow-ups belong to that initiative too.
          initiativeId: form.initiativeIds.length === 1 ? (form.initiativeIds[0] ?? null) : null,
        })),
        writer,
        form.newPeople.map((person) => ({
          name: person.name,
          kernId,
          dataBasis: MET_DURING_VISIT_BASIS,
        })),
      );
      await draft.discard();
      route('/');
    });
  };

  if (!draft.ready) return null;
  if (cannotCreate) {
    return (
      <Screen title={t('visit.new')}>
        <NoCreateHere reason={cannotCreate} />
      </Screen>
    );
  }
  return (
    <Screen title={t('visit.new')}>
      <form class="form" onSubmit={(event) => void save(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <Field id="visit-date" label={t('visit.date')} error={problems['date']}>
          <Textbox
            aria-invalid={problems['date'] ? true : undefined}
            aria-describedby={describedBy('visit-date', undefined, problems['date'])}
            id="visit-date"
            type="date"
            value={form.date}
            max={today}
            onInput={(e) => set('date', e.currentTarget.value)}
          />
        </Field>
        <KernSelect
          id="visit-kern"
          kernen={kernen}
          value={kernId}
          error={problems['kernId']}
          onChange={(next) =>
            draft.update({
              ...form,
              kernId: next,
              personIds: [],
              organisationIds: [],
              initiativeIds: [],
            })
          }
        />
        <Field id="visit-channel" label={t('visit.channel')}>
          <Select
            id="visit-channel"
            value={form.channel}
            onChange={(e) => set('channel', e.currentTarget.value as VisitChannel)}
          >
            {VISIT_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(CHANNEL_LABELS[channel])}
              </option>
            ))}
          </Select>
        </Field>
        <Checkboxes
          legend={t('visit.people')}
          name="visit-people"
          options={(people.status === 'ready' ? people.value : []).map((p) => ({
            value: p.id,
            label: p.name,
          }))}
          selected={form.personIds}
          onChange={(ids) => set('personIds', ids)}
        />
        {form.newPeople.length > 0 && (
          <ul class="plain-list" aria-label={t('visit.newPeople')}>
            {form.newPeople.map((person, index) => (
              <li key={`${person.name}-${index}`} class="list-row">
                <span>{person.name}</span>
                <Button
                  type="button"
                  onClick={() =>
                    set(
                      'newPeople',
                      form.newPeople.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('visit.remove')}
                  <span class="visually-hidden"> {person.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div class="inline-add">
          <Field id="visit-new-person" label={t('visit.addPerson')}>
            <Textbox
              id="visit-new-person"
              type="text"
              value={newPersonName}
              onInput={(e) => setNewPersonName(e.currentTarget.value)}
            />
          </Field>
          <Button
            type="button"
            onClick={() => {
              if (!newPersonName.trim()) return;
              set('newPeople', [...form.newPeople, { name: newPersonName.trim() }]);
              setNewPersonName('');
            }}
          >
            {t('visit.addPersonButton')}
          </Button>
        </div>
        <Checkboxes
          legend={t('visit.organisations')}
          name="visit-organisations"
          options={(organisations.status === 'ready' ? organisations.value : []).map((o) => ({
            value: o.id,
            label: o.name,
          }))}
          selected={form.organisationIds}
          onChange={(ids) => set('organisationIds', ids)}
        />
        <Field
          id="visit-topics"
          label={t('visit.topics')}
          hint={t('visit.topicsHint')}
          error={problems['topics']}
        >
          <Textbox
            aria-invalid={problems['topics'] ? true : undefined}
            aria-describedby={describedBy('visit-topics', true, problems['topics'])}
            id="visit-topics"
            type="text"
            list="visit-topic-suggestions"
            value={form.topics}
            onInput={(e) => set('topics', e.currentTarget.value)}
          />
          <datalist id="visit-topic-suggestions">
            {(topics.status === 'ready' ? topics.value : []).map((topic) => (
              <option key={topic} value={topic} />
            ))}
          </datalist>
        </Field>
        <Field id="visit-notes" label={t('visit.notes')} error={problems['notes']}>
          <Textarea
            aria-invalid={problems['notes'] ? true : undefined}
            aria-describedby={describedBy('visit-notes', undefined, problems['notes'])}
            id="visit-notes"
            rows={6}
            value={form.notes}
            onInput={(e) => set('notes', e.currentTarget.value)}
          />
        </Field>
        <FollowUpFields
          followUps={form.followUps}
          today={today}
          onChange={(next) => set('followUps', next)}
        />
        <Checkboxes
          legend={t('visit.initiatives')}
          name="visit-initiatives"
          options={(initiatives.status === 'ready' ? initiatives.value : []).map((i) => ({
            value: i.id,
            label: i.title,
          }))}
          selected={form.initiativeIds}
          onChange={(ids) => set('initiativeIds', ids)}
        />
        <Button appearance="primary" large type="submit">
          {t('visit.save')}
        </Button>
      </form>
    </Screen>
  );
}
