import { useLocation, useRoute } from 'preact-iso/router';
import { draftKey } from '../../db/drafts.ts';
import { visitChoices } from '../../db/queries/visit-form-queries.ts';
import { visitDetail } from '../../db/queries/visit-queries.ts';
import { RecordValidationError } from '../../db/repositories/record-errors.ts';
import { reviseVisitNotes, updateVisit } from '../../db/repositories/visits.ts';
import { isCivilDate } from '../../shared/dates/civil-date.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { VISIT_CHANNELS, type Visit } from '../../shared/records/visit.ts';
import { currentNotes } from '../../shared/records/visit-notes.ts';
import { ChipRadios } from '../components/form/ChipRadios.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { describedBy, Field } from '../components/form/TextField.tsx';
import { Textarea } from '../components/form/Textarea.tsx';
import { Textbox } from '../components/form/Textbox.tsx';
import { ReadOnlyNote } from '../components/PermissionNotes.tsx';
import { Screen } from '../components/Screen.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useLive } from '../data/useLive.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { useRecordSave } from '../data/useRecordSave.ts';
import { useVisitText } from '../i18n/visit-text.ts';
import { useDraft } from '../data/useDraft.ts';
import { splitTopics } from './visit-form-state.ts';
import { CHANNEL_CHIP_LABELS, type VisitChannel } from './visit-options.ts';
import { WhoWasThere } from './WhoWasThere.tsx';

/** What the edit form of a visit holds; kept as a draft while typed. */
interface VisitEdit {
  date: string;
  channel: VisitChannel;
  personIds: string[];
  organisationIds: string[];
  newPeople: { name: string }[];
  topics: string;
  notes: string;
}

function editOf(visit: Visit): VisitEdit {
  return {
    date: visit.date,
    channel: visit.channel,
    personIds: [...visit.personIds],
    organisationIds: [...visit.organisationIds],
    newPeople: [],
    topics: visit.topics.join(', '),
    notes: currentNotes(visit),
  };
}

/** Opens the edit form once the visit is read (the draft starts from it). */
export function EditVisitScreen() {
  const { t } = useVisitText();
  const { params } = useRoute();
  const id = params['id'] ?? '';
  const { db } = useLocalData();
  const live = useLive(() => visitDetail(db, id), [db, id]);
  if (live.status === 'loading') return null;
  if (live.status === 'failed') throw live.error;
  if (!live.value) {
    return (
      <Screen title={t('notFound.title')}>
        <Paragraph>{t('visitScreen.notFound')}</Paragraph>
      </Screen>
    );
  }
  return <EditVisitForm visit={live.value.visit} />;
}

/**
 * Corrects a visit: the notes as a new version (the earlier ones stay readable), the other
 * fields as an edit of only what changed, so it merges with a colleague's edit of others.
 */
function EditVisitForm({ visit }: { visit: Visit }) {
  const { t, language } = useVisitText();
  const { db, writer } = useLocalData();
  const { route } = useLocation();
  const permissions = usePermissions();
  const today = municipalToday(Date.now());
  const draft = useDraft<VisitEdit>(db, draftKey('edit-visit', visit.id), () => editOf(visit));
  const form = draft.value;
  const choices = useLive(
    () => visitChoices(db, visit.kernId, writer.userId, today),
    [db, visit.kernId, writer.userId, today],
  );
  const { problems, failure, run } = useRecordSave();
  const title = t('visitScreen.editTitle', { date: formatCivilDate(visit.date, language) });
  const whyNot = permissions.whyNotChange('visits', visit, ['updatedAt']);
  const update = (next: Partial<VisitEdit>) => draft.update({ ...form, ...next });

  const save = async (event: Event) => {
    event.preventDefault();
    await run(async () => {
      if (!isCivilDate(form.date)) {
        throw new RecordValidationError([{ path: 'date', reason: 'invalid-date' }]);
      }
      const somebody = form.personIds.length + form.organisationIds.length;
      if (somebody === 0 && form.notes.trim() === '') {
        throw new RecordValidationError([{ path: 'notes', reason: 'visit-empty' }]);
      }
      await updateVisit(
        db,
        visit.id,
        {
          date: form.date,
          channel: form.channel,
          personIds: form.personIds,
          organisationIds: form.organisationIds,
          topics: splitTopics(form.topics),
        },
        writer,
      );
      if (form.notes !== currentNotes(visit)) {
        await reviseVisitNotes(db, visit.id, form.notes, writer);
      }
      await draft.discard();
      route(`/bezoeken/${visit.id}`);
    });
  };
  const cancel = async () => {
    await draft.discard();
    route(`/bezoeken/${visit.id}`);
  };

  if (!draft.ready) return null;
  if (whyNot) {
    return (
      <Screen title={title}>
        <ReadOnlyNote reason={whyNot} />
      </Screen>
    );
  }
  return (
    <Screen title={title}>
      <form class="form visit-form" onSubmit={(event) => void save(event)} noValidate>
        <Field id="visit-date" label={t('visit.date')} error={problems['date']}>
          <Textbox
            aria-invalid={problems['date'] ? true : undefined}
            aria-describedby={describedBy('visit-date', undefined, problems['date'])}
            id="visit-date"
            type="date"
            value={form.date}
            max={today}
            onInput={(e) => update({ date: e.currentTarget.value })}
          />
        </Field>
        {choices.status === 'ready' && (
          <WhoWasThere
            choices={choices.value}
            picked={form}
            error={problems['notes']}
            onChange={(picked) => update({ ...picked, newPeople: [] })}
            allowNew={false}
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
        <Field
          id="visit-notes"
          label={t('visit.notes')}
          hint={t('visitScreen.notesHint')}
          error={problems['notes'] ?? problems['noteRevisions']}
        >
          <Textarea
            aria-invalid={problems['notes'] ? true : undefined}
            aria-describedby={describedBy('visit-notes', true, problems['notes'])}
            id="visit-notes"
            rows={6}
            value={form.notes}
            onInput={(e) => update({ notes: e.currentTarget.value })}
          />
        </Field>
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
            value={form.topics}
            onInput={(e) => update({ topics: e.currentTarget.value })}
          />
        </Field>
        <div class="sticky-save">
          <FormMessage text={failure} kind="error" />
          <p class="button-row">
            <Button appearance="primary" large type="submit">
              {t('record.saveChanges')}
            </Button>
            <Button type="button" onClick={() => void cancel()}>
              {t('record.cancel')}
            </Button>
          </p>
        </div>
      </form>
    </Screen>
  );
}
