import { useState } from 'preact/hooks';
import { createAction } from '../../db/repositories/actions.ts';
import { draftKey } from '../../db/drafts.ts';
import { addDays } from '../../shared/dates/civil-date.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { refusalsOf } from '../../shared/permissions/write-permission.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { Visit } from '../../shared/records/visit.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextAreaField } from '../components/form/TextAreaField.tsx';
import { TextField } from '../components/form/TextField.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useDraft } from '../data/useDraft.ts';
import { usePermissions } from '../data/usePermissions.ts';
import { useRecordText } from '../i18n/record-text.ts';

/** A review note gives the connector two weeks unless the teamleider picks another day. */
const NOTE_TERM_DAYS = 14;

/** What a note follows up: an initiative (its connector) or a visit (its author). */
export type ReviewedRecord =
  { table: 'initiatives'; record: Initiative } | { table: 'visits'; record: Visit };

function responsibleOf(reviewed: ReviewedRecord): string | null {
  return reviewed.table === 'initiatives'
    ? reviewed.record.assignedConnectorId
    : reviewed.record.authorId;
}

/**
 * A teamleider's review note on an initiative or a visit: it becomes a follow-up action on the
 * responsible connector's Vandaag (synced), and shows in the record's actions with its state.
 * Offered only when the one permission model allows it (src/shared/permissions): the
 * connector responsible (an initiative's connector, a visit's author) still works in its kern.
 */
export function ReviewNoteForm({ reviewed }: { reviewed: ReviewedRecord }) {
  const { t, saveFailedText } = useRecordText();
  const { db, writer } = useLocalData();
  const { account, connectorsOf } = usePermissions();
  const today = municipalToday(Date.now());
  const { record } = reviewed;
  // Kept as a draft while typed, one per record.
  const draft = useDraft(db, draftKey('review-note', record.id), () => ({
    what: '',
    dueDate: addDays(today, NOTE_TERM_DAYS),
  }));
  const { what, dueDate } = draft.value;
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const assignee = responsibleOf(reviewed);
  const connector = connectorsOf(record.kernId).find((c) => c.id === assignee);
  if (!assignee || !connector || !draft.ready) return null;
  const note = {
    what,
    assigneeId: assignee,
    dueDate,
    done: false,
    doneOn: null,
    visitId: reviewed.table === 'visits' ? record.id : null,
    initiativeId: reviewed.table === 'initiatives' ? record.id : null,
  };
  const allowed =
    refusalsOf(
      account,
      { table: 'actions', before: undefined, after: note, fields: Object.keys(note) },
      {
        kernOf: () => record.kernId,
        worksIn: (userId, kernId) =>
          connectorsOf(kernId).some((colleague) => colleague.id === userId),
        responsibleFor: () => assignee,
      },
    ).length === 0;
  // A connector working in this kern writes their own actions elsewhere; this is the lead's.
  if (!allowed || account.kernIds.includes(record.kernId)) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setMessage(undefined);
    if (!what.trim()) {
      setMessage({ kind: 'error', text: t('reason.required') });
      return;
    }
    try {
      await createAction(db, note, writer);
      await draft.reset({ what: '', dueDate });
      setMessage({ kind: 'success', text: t('review.sent', { name: connector.displayName }) });
    } catch (error) {
      setMessage({ kind: 'error', text: saveFailedText(error) });
    }
  };

  return (
    <section class="screen-section" aria-labelledby="review-title">
      <Heading level={2} id="review-title">
        {t('review.title', { name: connector.displayName })}
      </Heading>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormMessage text={message?.text} kind={message?.kind ?? 'error'} />
        <TextAreaField
          id="review-what"
          label={t('review.what')}
          hint={t('review.hint')}
          value={what}
          onInput={(value) => draft.update((current) => ({ ...current, what: value }))}
          rows={3}
        />
        <TextField
          id="review-due"
          type="date"
          label={t('review.due')}
          value={dueDate}
          onInput={(value) => value && draft.update((current) => ({ ...current, dueDate: value }))}
        />
        <Button appearance="primary" type="submit">
          {t('review.send')}
        </Button>
      </form>
    </section>
  );
}
