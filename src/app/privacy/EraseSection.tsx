import { useState } from 'preact/hooks';
import type { Mention } from '../../shared/privacy/privacy-api.ts';
import { personNeedles, redactText } from '../../shared/privacy/erasure.ts';
import type { Person } from '../../shared/records/person.ts';
import { requestSync } from '../../sync/sync-leader.ts';
import { useFailureText } from '../auth/useFailureText.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { TextAreaField } from '../components/form/TextAreaField.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import type { PrivacyMessageKey } from './privacy-messages-nl.ts';
import { usePrivacyText } from './privacy-text.ts';
import { usePrivacyClient } from './usePrivacyClient.ts';

const TABLE_LABELS: Record<string, PrivacyMessageKey> = {
  visits: 'privacy.table.visits',
  initiatives: 'privacy.table.initiatives',
  actions: 'privacy.table.actions',
  organisations: 'privacy.table.organisations',
};
const FIELD_LABELS: Record<string, PrivacyMessageKey> = {
  noteRevisions: 'privacy.field.noteRevisions',
  description: 'privacy.field.description',
  feedbackLog: 'privacy.field.feedbackLog',
  statusHistory: 'privacy.field.statusHistory',
  neighboursNote: 'privacy.field.neighboursNote',
  what: 'privacy.field.what',
};

const keyOf = (m: Mention) => `${m.table}:${m.recordId}:${m.field}:${m.entryId ?? ''}`;

/**
 * The erasure (AVG art. 17): first the texts naming the person, each with a proposal
 * without the name that the connector may reword; then, after a confirmation, the server
 * erases and this device syncs at once to purge its own copies.
 */
export function EraseSection({
  person,
  userId,
  onErased,
}: {
  person: Person;
  userId: string;
  /** Told what was done: the screen says it, also once the person is gone from the device. */
  onErased: (message: string) => void;
}) {
  const { t } = usePrivacyText();
  const client = usePrivacyClient();
  const failureText = useFailureText();
  const [mentions, setMentions] = useState<Mention[]>();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const needles = personNeedles(person);

  const prepare = async () => {
    setFailure(undefined);
    try {
      const answer = await client.mentions(person.id);
      setMentions(answer.mentions);
      setTexts(
        Object.fromEntries(
          answer.mentions
            .filter((m) => m.current)
            .map((m) => [keyOf(m), redactText(m.text, needles)]),
        ),
      );
    } catch (error) {
      setFailure(failureText(error));
    }
  };

  const erase = async () => {
    setFailure(undefined);
    try {
      const redactions = (mentions ?? [])
        .filter((m) => m.current)
        .map((m) => ({
          table: m.table,
          recordId: m.recordId,
          field: m.field,
          entryId: m.entryId,
          redacted: texts[keyOf(m)] ?? '',
        }));
      const answer = await client.erase(person.id, { redactions });
      onErased(t('privacy.erased', { count: String(answer.records) }));
      requestSync(userId);
    } catch (error) {
      setFailure(failureText(error));
    }
  };

  const label = (m: Mention) =>
    t('privacy.mentionLabel', {
      record: t(TABLE_LABELS[m.table] ?? 'privacy.table.other'),
      field: t(FIELD_LABELS[m.field] ?? 'privacy.field.other'),
    });

  return (
    <section class="screen-section" aria-labelledby="erase-title">
      <Heading level={2} id="erase-title">
        {t('privacy.eraseTitle')}
      </Heading>
      <p>{t('privacy.eraseIntro')}</p>
      <FormMessage text={failure} kind="error" />
      {mentions === undefined && (
        <Button type="button" onClick={() => void prepare()}>
          {t('privacy.erasePrepare')}
        </Button>
      )}
      {mentions !== undefined && (
        <>
          <p>{mentions.length > 0 ? t('privacy.mentionsIntro') : t('privacy.mentionsNone')}</p>
          {mentions.map((m, index) =>
            m.current ? (
              <TextAreaField
                key={keyOf(m)}
                id={`mention-${index}`}
                label={label(m)}
                value={texts[keyOf(m)] ?? ''}
                onInput={(value) => setTexts({ ...texts, [keyOf(m)]: value })}
              />
            ) : (
              <div key={keyOf(m)} class="mention-old">
                <p class="item-title">{label(m)}</p>
                <p class="muted">{t('privacy.mentionOld')}</p>
              </div>
            ),
          )}
          <ConfirmButton
            id="erase-person"
            label={t('privacy.eraseButton')}
            question={t('privacy.eraseQuestion', { name: person.name })}
            explain={t('privacy.eraseExplain')}
            confirm={t('privacy.eraseConfirm')}
            cancel={t('privacy.cancel')}
            onConfirm={erase}
          />
        </>
      )}
    </section>
  );
}
