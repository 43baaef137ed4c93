import { formatCivilDate } from '../../shared/dutch-format.ts';
import { ChipRadios } from '../components/form/ChipRadios.tsx';
import { describedBy, Field } from '../components/form/TextField.tsx';
import { Textbox } from '../components/form/Textbox.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { useVisitText } from '../i18n/visit-text.ts';
import {
  DUE_PICKS,
  dueDateOf,
  emptyFollowUp,
  type DuePick,
  type FollowUpDraft,
} from './visit-form-state.ts';

const PICK_LABELS = {
  week: 'visitForm.due.week',
  twoWeeks: 'visitForm.due.twoWeeks',
  month: 'visitForm.due.month',
  date: 'visitForm.due.date',
} as const satisfies Record<DuePick, string>;

/**
 * The follow-ups of a visit, inline: what, and by when as one tap ("over 1 week" is chosen
 * already) or a date. One row is always there; an empty one is not saved.
 */
export function FollowUpFields({
  followUps,
  today,
  problems,
  onChange,
}: {
  followUps: FollowUpDraft[];
  today: string;
  problems: Record<string, string>;
  onChange: (next: FollowUpDraft[]) => void;
}) {
  const { t, language } = useVisitText();
  const change = (index: number, next: Partial<FollowUpDraft>) =>
    onChange(followUps.map((followUp, i) => (i === index ? { ...followUp, ...next } : followUp)));
  const numbered = followUps.length > 1;
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('visitForm.followUp')}
      </legend>
      {followUps.map((followUp, index) => {
        const n = String(index + 1);
        const whatId = `follow-up-what-${index}`;
        const dateId = `follow-up-due-${index}`;
        const dateError = problems[`followUps.${index}.dueDate`];
        const due = dueDateOf(followUp, today);
        return (
          <div key={index} class="follow-up">
            <Field
              id={whatId}
              label={numbered ? t('visitForm.followUpWhatN', { n }) : t('visitForm.followUpWhat')}
            >
              <Textbox
                id={whatId}
                type="text"
                enterKeyHint="done"
                value={followUp.what}
                onInput={(e) => change(index, { what: e.currentTarget.value })}
              />
            </Field>
            <ChipRadios
              legend={numbered ? t('visitForm.dueN', { n }) : t('visitForm.due')}
              name={`follow-up-pick-${index}`}
              options={DUE_PICKS.map((pick) => ({ value: pick, label: t(PICK_LABELS[pick]) }))}
              value={followUp.due}
              onChange={(pick) => change(index, { due: pick })}
            />
            {followUp.due === 'date' ? (
              <Field id={dateId} label={t('visitForm.dueDate')} error={dateError}>
                <Textbox
                  id={dateId}
                  type="date"
                  min={today}
                  aria-invalid={dateError ? true : undefined}
                  aria-describedby={describedBy(dateId, undefined, dateError)}
                  value={followUp.dueDate}
                  onInput={(e) => change(index, { dueDate: e.currentTarget.value })}
                />
              </Field>
            ) : (
              <p class="item-meta muted">
                {t('visitForm.dueResult', { date: formatCivilDate(due, language) })}
              </p>
            )}
            {numbered && (
              <Button
                type="button"
                onClick={() => onChange(followUps.filter((_, i) => i !== index))}
              >
                {t('visitForm.removeFollowUp', { n })}
              </Button>
            )}
          </div>
        );
      })}
      <p>
        <Button type="button" onClick={() => onChange([...followUps, emptyFollowUp()])}>
          {t('visitForm.addFollowUp')}
        </Button>
      </p>
    </fieldset>
  );
}
