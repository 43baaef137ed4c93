import { useCallback, useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import {
  RetentionSettingsSchema,
  type RetentionPreview,
  type RetentionSettings,
} from '../../shared/privacy/privacy-api.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { AdminNav } from '../admin/AdminNav.tsx';
import { useRemote } from '../admin/useRemote.ts';
import { Screen, ScreenSection } from '../components/Screen.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Textbox } from '../components/form/Textbox.tsx';
import { Button } from '../components/nlds/Button.tsx';
import type { PrivacyMessageKey } from './privacy-messages-nl.ts';
import { usePrivacyText } from './privacy-text.ts';
import { usePrivacyClient } from './usePrivacyClient.ts';

type Term = keyof RetentionSettings;
const TERMS: { key: Term; label: PrivacyMessageKey; optional: boolean }[] = [
  { key: 'inactivePeopleMonths', label: 'privacy.inactivePeople', optional: true },
  { key: 'visitNotesMonths', label: 'privacy.visitNotes', optional: true },
  { key: 'finishedInitiativeMonths', label: 'privacy.finishedInitiatives', optional: true },
  { key: 'accessLogMonths', label: 'privacy.accessLog', optional: false },
];

/**
 * Beheer of the retention terms (AVG art. 5: no longer than needed), with what the daily job
 * will remove in the coming month and when it last ran.
 */
export function RetentionAdminScreen() {
  const { t, language } = usePrivacyText();
  const client = usePrivacyClient();
  const failureText = useFailureText();
  const remote = useRemote(useCallback(() => client.retention(), [client]));
  const [preview, setPreview] = useState<RetentionPreview>();
  const [values, setValues] = useState<Record<Term, string>>({
    inactivePeopleMonths: '',
    visitNotesMonths: '',
    finishedInitiativeMonths: '',
    accessLogMonths: '',
  });
  const [invalid, setInvalid] = useState<Term[]>([]);
  const [message, setMessage] = useState<{ text: string; kind: 'error' | 'success' }>();

  useEffect(() => {
    if (!remote.data) return;
    setPreview(remote.data);
    const s = remote.data.settings;
    setValues({
      inactivePeopleMonths: s.inactivePeopleMonths?.toString() ?? '',
      visitNotesMonths: s.visitNotesMonths?.toString() ?? '',
      finishedInitiativeMonths: s.finishedInitiativeMonths?.toString() ?? '',
      accessLogMonths: String(s.accessLogMonths),
    });
  }, [remote.data]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setMessage(undefined);
    const input = Object.fromEntries(
      TERMS.map(({ key }) => [key, values[key].trim() === '' ? null : Number(values[key])]),
    );
    const parsed = v.safeParse(RetentionSettingsSchema, input);
    if (!parsed.success) {
      setInvalid(
        TERMS.map(({ key }) => key).filter((key) =>
          parsed.issues.some((issue) => issue.path?.[0]?.key === key),
        ),
      );
      return;
    }
    setInvalid([]);
    try {
      setPreview(await client.setRetention(parsed.output));
      setMessage({ text: t('privacy.saved'), kind: 'success' });
    } catch (error) {
      setMessage({ text: failureText(error), kind: 'error' });
    }
  };

  const due = preview?.due;
  const lastRun = preview?.lastRun;
  return (
    <Screen title={t('privacy.retentionTitle')}>
      <AdminNav />
      <p>{t('privacy.retentionIntro')}</p>
      <FormMessage
        text={message?.text ?? (remote.error ? failureText(remote.error) : undefined)}
        kind={message?.kind ?? 'error'}
      />
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        {TERMS.map(({ key, label, optional }) => {
          const error = invalid.includes(key) ? t('privacy.termInvalid') : undefined;
          return (
            <Field
              key={key}
              id={`term-${key}`}
              label={t(label)}
              hint={optional ? t('privacy.noTerm') : undefined}
              error={error}
            >
              <Textbox
                id={`term-${key}`}
                type="number"
                inputMode="numeric"
                min={1}
                max={240}
                value={values[key]}
                onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  [optional ? `term-${key}-hint` : '', error ? `term-${key}-error` : '']
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                required={!optional}
              />
            </Field>
          );
        })}
        <Button appearance="primary" type="submit">
          {t('privacy.save')}
        </Button>
      </form>
      {due && (
        <ScreenSection title={t('privacy.dueTitle')} emptyText="">
          <ul>
            <li>
              {t('privacy.duePeople', { count: String(due.people.length) })}
              {due.people.length > 0 && ` (${due.people.map((p) => p.name).join(', ')})`}
            </li>
            <li>{t('privacy.dueVisits', { count: String(due.visitNotes) })}</li>
            <li>{t('privacy.dueInitiatives', { count: String(due.initiatives) })}</li>
            <li>{t('privacy.dueAccess', { count: String(due.accessLogEntries) })}</li>
          </ul>
          <p class="muted">
            {lastRun
              ? t('privacy.lastRun', {
                  at: new Date(lastRun).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL'),
                })
              : t('privacy.neverRun')}
          </p>
        </ScreenSection>
      )}
    </Screen>
  );
}
