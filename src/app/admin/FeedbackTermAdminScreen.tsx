import { useCallback, useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { storeFeedbackTerm } from '../../db/reference-cache.ts';
import type { FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import {
  FeedbackTermSchema,
  LIBERATION_DAY_RULES,
  MAX_FEEDBACK_TERM_WEEKS,
  MAX_FEEDBACK_TERM_WORKING_DAYS,
} from '../../shared/feedback-term.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { Screen } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useAdminText } from '../i18n/admin-text.ts';
import { AdminNav } from './AdminNav.tsx';
import { useAdminApi } from './useAdminApi.ts';
import { useRemote } from './useRemote.ts';
import { useServerAction } from './useServerAction.ts';
import { Field } from '../components/form/TextField.tsx';
import { Select } from '../components/form/Select.tsx';
import { Textbox } from '../components/form/Textbox.tsx';
import { Button } from '../components/nlds/Button.tsx';

type Unit = FeedbackTerm['unit'];
type LiberationDay = (typeof LIBERATION_DAY_RULES)[number];

const LIBERATION_DAY_LABELS = {
  'every-year': 'admin.termLiberationEveryYear',
  'lustrum-years': 'admin.termLiberationLustrum',
  never: 'admin.termLiberationNever',
} as const satisfies Record<LiberationDay, string>;

/**
 * Beheer of the feedback term: how long an initiative-taker waits at most for an answer.
 * Checked with the same schema the server uses; a new term applies to initiatives
 * registered from then on.
 */
export default function FeedbackTermAdminScreen() {
  const { t } = useAdminText();
  const api = useAdminApi();
  const { db } = useLocalData();
  const failureText = useFailureText();
  const current = useRemote(useCallback(() => api.feedbackTerm(), [api]));
  const [saved, setSaved] = useState(false);
  const { failure, act } = useServerAction(() => setSaved(true));
  const [unit, setUnit] = useState<Unit>('weeks');
  const [amount, setAmount] = useState('4');
  const [goodFriday, setGoodFriday] = useState(false);
  const [liberationDay, setLiberationDay] = useState<LiberationDay>('lustrum-years');
  const [error, setError] = useState<string>();

  useEffect(() => {
    const term = current.data;
    if (!term) return;
    setUnit(term.unit);
    setAmount(String(term.amount));
    if (term.unit === 'working-days') {
      setGoodFriday(term.holidays.goodFriday);
      setLiberationDay(term.holidays.liberationDay);
    }
  }, [current.data]);

  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const input =
      unit === 'weeks'
        ? { unit, amount: Number(amount) }
        : { unit, amount: Number(amount), holidays: { goodFriday, liberationDay } };
    const parsed = v.safeParse(FeedbackTermSchema, input);
    if (!parsed.success) {
      const max = unit === 'weeks' ? MAX_FEEDBACK_TERM_WEEKS : MAX_FEEDBACK_TERM_WORKING_DAYS;
      setError(t('admin.termAmountInvalid', { max: String(max) }));
      return;
    }
    setError(undefined);
    void act(async () => {
      const term = await api.setFeedbackTerm(parsed.output);
      await storeFeedbackTerm(db, term);
    });
  };

  return (
    <Screen title={t('admin.feedbackTerm')}>
      <AdminNav />
      <p>{t('admin.termIntro')}</p>
      <FormMessage
        text={failure ?? (current.error ? failureText(current.error) : undefined)}
        kind="error"
      />
      <FormMessage text={saved ? t('admin.termSaved') : undefined} kind="success" />
      <form class="form" onSubmit={submit} noValidate>
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('admin.termUnit')}
          </legend>
          {(['weeks', 'working-days'] as const).map((option) => (
            <label key={option} class="choice">
              <input
                type="radio"
                name="term-unit"
                value={option}
                checked={unit === option}
                onChange={() => setUnit(option)}
              />
              <span>{t(option === 'weeks' ? 'admin.termWeeks' : 'admin.termWorkingDays')}</span>
            </label>
          ))}
        </fieldset>
        <Field id="term-amount" label={t('admin.termAmount')} error={error}>
          <Textbox
            id="term-amount"
            type="number"
            inputMode="numeric"
            min={1}
            value={amount}
            onInput={(e) => setAmount(e.currentTarget.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'term-amount-error' : undefined}
            required
          />
        </Field>
        {unit === 'working-days' && (
          <>
            <label class="choice">
              <input
                type="checkbox"
                checked={goodFriday}
                onChange={(e) => setGoodFriday(e.currentTarget.checked)}
              />
              <span>{t('admin.termGoodFriday')}</span>
            </label>
            <Field id="term-liberation" label={t('admin.termLiberationDay')}>
              <Select
                id="term-liberation"
                value={liberationDay}
                onChange={(e) => setLiberationDay(e.currentTarget.value as LiberationDay)}
              >
                {LIBERATION_DAY_RULES.map((rule) => (
                  <option key={rule} value={rule}>
                    {t(LIBERATION_DAY_LABELS[rule])}
                  </option>
                ))}
              </Select>
            </Field>
          </>
        )}
        <Button appearance="primary" type="submit">
          {t('admin.save')}
        </Button>
      </form>
    </Screen>
  );
}
