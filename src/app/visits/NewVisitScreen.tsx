import { draftKey } from '../../db/drafts.ts';
import { useState } from 'preact/hooks';
import { knownTopics, openInitiativesInKern } from '../../db/queries/field-queries.ts';
import { lastVisitKern, visitChoices } from '../../db/queries/visit-form-queries.ts';
import { RecordValidationError } from '../../db/repositories/record-errors.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { saveNewVisit } from '../../db/repositories/visits.ts';
import { VISIT_CHANNELS } from '../../shared/records/visit.ts';
import { Screen } from '../components/Screen.tsx';
import { KernSelect } from '../components/form/KernSelect.tsx';
import { usePermissions } from '../data/usePermissions.ts';
import { NoCreateHere, whyNoCreate } from '../components/PermissionNotes.tsx';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { ChipRadios } from '../components/form/ChipRadios.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useLive } from '../data/useLive.ts';
import { useKernen } from '../data/useReference.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { useVisitText } from '../i18n/visit-text.ts';
import { FollowUpFields } from './FollowUpFields.tsx';
import { useDraft } from '../data/useDraft.ts';
import { WhoWasThere } from './WhoWasThere.tsx';
import {
  emptyVisitForm,
  followUpsToSave,
  restoreVisitForm,
  splitTopics,
  visitFormProblems,
  type VisitFormState,
} from './visit-form-state.ts';
import { CHANNEL_CHIP_LABELS, MET_DURING_VISIT_BASIS } from './visit-options.ts';
import { Button } from '../components/nlds/Button.tsx';
import { describedBy, Field } from '../components/form/TextField.tsx';
import { Textarea } from '../components/form/Textarea.tsx';
import { Textbox } from '../components/form/Textbox.tsx';

const DRAFT_KEY = draftKey('new-visit');

/**
 * Log a visit fast, on a phone, offline. The common visit takes a handful of taps: the kern
 * is chosen already, "Wie was er?" offers the usual people as chips, the channel is a chip
 * with "bezoek" chosen, a follow-up is typed inline with "over 1 week" chosen, and "Opslaan"
 * stays in view. What is typed is kept as a draft on the device until it is saved; after a
 * save the form is empty again, ready for the next visit.
 */
export function NewVisitScreen() {
  const { t, language } = useVisitText();
  const { state } = useAuth();
  const { db, writer } = useLocalData();
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
  const lastKern = useLive(() => lastVisitKern(db, writer.userId), [db, writer.userId]);
  const draft = useDraft<VisitFormState>(db, DRAFT_KEY, () => emptyVisitForm(''));
  const form = restoreVisitForm(draft.value);
  // The draft's kern, else the only kern, else the last one used, else the account's first.
  const myKern = state.status === 'signed-in' ? state.user.kernIds[0] : undefined;
  const preferred = [
    form.kernId,
    kernen.length === 1 ? kernen[0]?.id : undefined,
    lastKern.status === 'ready' ? lastKern.value : undefined,
    myKern,
    kernen[0]?.id,
  ];
  const kernId = preferred.find((id) => id && writable.includes(id)) ?? '';
  const kernName = kernen.find((kern) => kern.id === kernId)?.name ?? '';
  const choices = useLive(
    () => visitChoices(db, kernId, writer.userId, today),
    [db, kernId, writer.userId, today],
  );
  const initiatives = useLive(() => openInitiativesInKern(db, kernId), [db, kernId]);
  const topics = useLive(() => knownTopics(db, writer.userId), [db, writer.userId]);
  const { problems, failure, run } = useRecordSave();
  const [whereOpen, setWhereOpen] = useState(false);
  const [saved, setSaved] = useState<string>();

  const update = (next: Partial<VisitFormState>) => {
    setSaved(undefined);
    draft.update({ ...form, kernId, ...next });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    await run(async () => {
      const found = visitFormProblems(form, today);
      if (found.length) throw new RecordValidationError(found);
      const { visit } = await saveNewVisit(
        db,
        {
          date: form.date || today,
          kernId,
          channel: form.channel,
          personIds: form.personIds,
          organisationIds: form.organisationIds,
          topics: splitTopics(form.topics),
          initiativeIds: form.initiativeIds,
          notes: form.notes,
        },
        followUpsToSave(form, today).map((followUp) => ({
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
      // Ready for the next visit, in the same kern.
      draft.update(emptyVisitForm(kernId));
      setSaved(visit.id);
      window.scrollTo({ top: 0 });
    });
    // A refused save: the first field that needs attention comes into view.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.visit-form [aria-invalid="true"]')?.focus(),
    );
  };

  if (!draft.ready || lastKern.status === 'loading') return null;
  if (cannotCreate) {
    return (
      <Screen title={t('visit.new')}>
        <NoCreateHere reason={cannotCreate} />
      </Screen>
    );
  }
  const dateShown = form.date || today;
  const whoError = problems['notes'];
  return (
    <Screen title={t('visit.new')}>
      <form class="form visit-form" onSubmit={(event) => void save(event)} noValidate>
        <p class="visit-where">
          <span>
            {t('visitForm.where', {
              kern: kernName,
              date:
                dateShown === today
                  ? `${t('visitForm.today')}, ${formatCivilDate(today, language)}`
                  : formatCivilDate(dateShown, language),
            })}
          </span>
          {!whereOpen && !problems['date'] && (
            <button
              type="button"
              class="link-button target"
              aria-expanded="false"
              onClick={() => setWhereOpen(true)}
            >
              {t('visitForm.changeWhere')}
            </button>
          )}
        </p>
        {(whereOpen || problems['date']) && (
          <>
            {kernen.length > 1 && (
              <KernSelect
                id="visit-kern"
                kernen={kernen}
                value={kernId}
                error={problems['kernId']}
                onChange={(next) =>
                  update({ kernId: next, personIds: [], organisationIds: [], initiativeIds: [] })
                }
              />
            )}
            <Field id="visit-date" label={t('visit.date')} error={problems['date']}>
              <Textbox
                aria-invalid={problems['date'] ? true : undefined}
                aria-describedby={describedBy('visit-date', undefined, problems['date'])}
                id="visit-date"
                type="date"
                value={dateShown}
                max={today}
                onInput={(e) => update({ date: e.currentTarget.value })}
              />
            </Field>
          </>
        )}
        {choices.status === 'ready' && (
          <WhoWasThere
            choices={choices.value}
            picked={form}
            error={whoError}
            onChange={(picked) => update(picked)}
          />
        )}
        <ChipRadios
          legend={t('visit.channel')}
          name="visit-channel"
          options={VISIT_CHANNELS.map((channel) => ({
            value: channel,
            label: t(CHANNEL_CHIP_LABELS[channel]),
          }))}
          value={form.channel}
          onChange={(channel) => update({ channel })}
        />
        <Field id="visit-notes" label={t('visit.notes')} error={problems['notes']}>
          <Textarea
            aria-invalid={problems['notes'] ? true : undefined}
            aria-describedby={describedBy('visit-notes', undefined, problems['notes'])}
            id="visit-notes"
            rows={4}
            value={form.notes}
            onInput={(e) => update({ notes: e.currentTarget.value })}
          />
        </Field>
        <FollowUpFields
          followUps={form.followUps}
          today={today}
          problems={problems}
          onChange={(followUps) => update({ followUps })}
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
            onInput={(e) => update({ topics: e.currentTarget.value })}
          />
          <datalist id="visit-topic-suggestions">
            {(topics.status === 'ready' ? topics.value : []).map((topic) => (
              <option key={topic} value={topic} />
            ))}
          </datalist>
        </Field>
        {initiatives.status === 'ready' && initiatives.value.length > 0 && (
          <Checkboxes
            legend={t('visit.initiatives')}
            name="visit-initiatives"
            options={initiatives.value.map((i) => ({ value: i.id, label: i.title }))}
            selected={form.initiativeIds}
            onChange={(ids) => update({ initiativeIds: ids })}
          />
        )}
        <div class="sticky-save">
          <FormMessage text={failure} kind="error" />
          {/* In the bar, where the eye is after the tap; empty but present, so it is read out. */}
          <p class="saved-line" role="status">
            {saved && (
              <>
                {t('visitForm.saved')}{' '}
                <a class="nl-link" href={`/bezoeken/${saved}`}>
                  {t('visitForm.openSaved')}
                </a>{' '}
                ·{' '}
                <a class="nl-link" href="/">
                  {t('visitForm.toToday')}
                </a>
              </>
            )}
          </p>
          <Button appearance="primary" large type="submit">
            {t('visit.save')}
          </Button>
        </div>
      </form>
    </Screen>
  );
}
