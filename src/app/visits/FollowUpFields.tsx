import { addDays } from '../../shared/dates/civil-date.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Textbox } from '../components/form/Textbox.tsx';

/** A follow-up starts due in a week; the connector changes the date if needed. */
const DEFAULT_DUE_IN_DAYS = 7;

type FollowUp = { what: string; dueDate: string };

/** The follow-up actions of a visit: what and by when, as many as needed. */
export function FollowUpFields({
  followUps,
  today,
  onChange,
}: {
  followUps: FollowUp[];
  today: string;
  onChange: (next: FollowUp[]) => void;
}) {
  const { t } = useI18n();
  const change = (index: number, field: keyof FollowUp, value: string) =>
    onChange(
      followUps.map((followUp, i) => (i === index ? { ...followUp, [field]: value } : followUp)),
    );
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('visit.followUps')}
      </legend>
      {followUps.map((followUp, index) => (
        <div key={index} class="follow-up">
          <Field
            id={`follow-up-what-${index}`}
            label={t('visit.followUpWhat', { n: String(index + 1) })}
          >
            <Textbox
              id={`follow-up-what-${index}`}
              type="text"
              value={followUp.what}
              onInput={(e) => change(index, 'what', e.currentTarget.value)}
            />
          </Field>
          <Field
            id={`follow-up-due-${index}`}
            label={t('visit.followUpDue', { n: String(index + 1) })}
          >
            <Textbox
              id={`follow-up-due-${index}`}
              type="date"
              value={followUp.dueDate}
              onInput={(e) => change(index, 'dueDate', e.currentTarget.value)}
            />
          </Field>
          <Button type="button" onClick={() => onChange(followUps.filter((_, i) => i !== index))}>
            {t('visit.removeFollowUp', { n: String(index + 1) })}
          </Button>
        </div>
      ))}
      <Button
        type="button"
        onClick={() =>
          onChange([...followUps, { what: '', dueDate: addDays(today, DEFAULT_DUE_IN_DAYS) }])
        }
      >
        {t('visit.addFollowUp')}
      </Button>
    </fieldset>
  );
}
