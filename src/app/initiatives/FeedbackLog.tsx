import { useState } from 'preact/hooks';
import { draftKey } from '../../db/drafts.ts';
import { addFeedback } from '../../db/repositories/initiatives.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { RecordValidationError } from '../../db/repositories/record-errors.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import { FEEDBACK_CHANNELS, type Initiative } from '../../shared/records/initiative.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useDraft } from '../data/useDraft.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Checkbox } from '../components/form/Checkbox.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Select } from '../components/form/Select.tsx';
import { Textarea } from '../components/form/Textarea.tsx';
import { Textbox } from '../components/form/Textbox.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Paragraph } from '../components/nlds/Paragraph.tsx';

type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

interface FeedbackDraft {
  date: string;
  channel: FeedbackChannel;
  summary: string;
  /** Shared on the resident's status page (/idee/<code>) only when the connector says so. */
  visibleToResident?: boolean;
}

/** What the initiator was told, when and how; the first entry meets the feedback deadline. */
/** `mayAdd`: the permission model lets this account add to the log (else it is read-only). */
export function FeedbackLog({ initiative, mayAdd }: { initiative: Initiative; mayAdd: boolean }) {
  const { t, language, saveFailedText } = useRecordText();
  const { db, writer } = useLocalData();
  // Kept as a draft while typed, one per initiative.
  const draft = useDraft<FeedbackDraft>(db, draftKey('feedback', initiative.id), () => ({
    date: municipalToday(Date.now()),
    channel: 'telefoon',
    summary: '',
  }));
  const { date, channel, summary } = draft.value;
  const visible = draft.value.visibleToResident ?? false;
  const set = (next: Partial<FeedbackDraft>) =>
    draft.update((current) => ({ ...current, ...next }));
  const [failure, setFailure] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(undefined);
    try {
      await addFeedback(
        db,
        initiative.id,
        { date, channel, summary, visibleToResident: visible },
        writer,
      );
      await draft.reset({ date, channel, summary: '', visibleToResident: false });
    } catch (error) {
      setFailure(
        error instanceof RecordValidationError
          ? t('initiative.feedbackIncomplete')
          : saveFailedText(error),
      );
    }
  };

  return (
    <section class="screen-section" aria-labelledby="feedback-title">
      <Heading level={2} id="feedback-title">
        {t('initiative.feedbackLog')}
      </Heading>
      {initiative.feedbackLog.length === 0 ? (
        <Paragraph muted>{t('initiative.noFeedback')}</Paragraph>
      ) : (
        <ul class="plain-list">
          {initiative.feedbackLog.map((entry) => (
            <li key={entry.id} class="list-row">
              <span>
                <span class="item-title">{entry.summary}</span>
                <span class="item-meta muted">
                  {formatCivilDate(entry.date, language)} · {t(`feedbackChannel.${entry.channel}`)}
                  {entry.visibleToResident ? ` · ${t('initiative.sharedWithResident')}` : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayAdd && draft.ready && (
        <form class="form" onSubmit={(event) => void submit(event)} noValidate>
          <FormMessage text={failure} kind="error" />
          <Field id="feedback-date" label={t('visit.date')}>
            <Textbox
              id="feedback-date"
              type="date"
              value={date}
              onInput={(e) => set({ date: e.currentTarget.value })}
            />
          </Field>
          <Field id="feedback-channel" label={t('initiative.feedbackChannel')}>
            <Select
              id="feedback-channel"
              value={channel}
              onChange={(e) => set({ channel: e.currentTarget.value as FeedbackChannel })}
            >
              {FEEDBACK_CHANNELS.map((option) => (
                <option key={option} value={option}>
                  {t(`feedbackChannel.${option}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="feedback-summary" label={t('initiative.feedbackSummary')}>
            <Textarea
              id="feedback-summary"
              rows={3}
              value={summary}
              onInput={(e) => set({ summary: e.currentTarget.value })}
            />
          </Field>
          <Checkbox
            label={t('initiative.visibleToResident')}
            checked={visible}
            onChange={(e) => set({ visibleToResident: e.currentTarget.checked })}
          />
          <Button appearance="primary" type="submit">
            {t('initiative.addFeedback')}
          </Button>
        </form>
      )}
    </section>
  );
}
