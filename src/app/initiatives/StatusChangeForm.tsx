import { useState } from 'preact/hooks';
import { draftKey } from '../../db/drafts.ts';
import { changeInitiativeStatus, statusBeforePause } from '../../db/repositories/initiatives.ts';
import { RecordRuleError } from '../../db/repositories/record-errors.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import {
  allowedNextStatuses,
  STATUSES_NEEDING_A_REASON,
  type InitiativeStatus,
} from '../../shared/records/initiative-status.ts';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { useLocalData } from '../data/local-data.tsx';
import { useDraft } from '../data/useDraft.ts';
import { useRecordText } from '../i18n/record-text.ts';
import { STATUS_LABELS } from './labels.ts';
import { Button } from '../components/nlds/Button.tsx';
import { Field } from '../components/form/TextField.tsx';
import { Select } from '../components/form/Select.tsx';
import { Textarea } from '../components/form/Textarea.tsx';
import { Heading } from '../components/nlds/Heading.tsx';

/** The next step through the status machine: only allowed steps are offered. */
export function StatusChangeForm({ initiative }: { initiative: Initiative }) {
  const { t, saveFailedText } = useRecordText();
  const { db, writer } = useLocalData();
  const options = allowedNextStatuses(initiative.status, statusBeforePause(initiative));
  // Kept as a draft while typed, one per initiative.
  const draft = useDraft<{ to: InitiativeStatus | ''; reason: string }>(
    db,
    draftKey('status-change', initiative.id),
    () => ({ to: '', reason: '' }),
  );
  const reason = draft.value.reason;
  // A drafted step the status machine no longer allows (the status moved on) is not offered.
  const to = draft.value.to !== '' && options.includes(draft.value.to) ? draft.value.to : '';
  const [failure, setFailure] = useState<string>();
  if (options.length === 0 || !draft.ready) return null;
  const needsReason = to !== '' && STATUSES_NEEDING_A_REASON.includes(to);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!to) return;
    setFailure(undefined);
    try {
      await changeInitiativeStatus(db, initiative.id, to, reason, writer);
      await draft.reset({ to: '', reason: '' });
    } catch (error) {
      setFailure(
        error instanceof RecordRuleError && error.rule === 'reason-required'
          ? t('initiative.reasonRequired')
          : saveFailedText(error),
      );
    }
  };

  return (
    <section class="screen-section" aria-labelledby="status-change-title">
      <Heading level={2} id="status-change-title">
        {t('initiative.changeStatus')}
      </Heading>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <Field id="status-next" label={t('initiative.nextStatus')}>
          <Select
            id="status-next"
            value={to}
            onChange={(e) =>
              draft.update((current) => ({
                ...current,
                to: e.currentTarget.value as InitiativeStatus | '',
              }))
            }
          >
            <option value="">{t('initiative.chooseStatus')}</option>
            {options.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABELS[status])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="status-reason"
          label={needsReason ? t('initiative.reasonNeeded') : t('initiative.reason')}
        >
          <Textarea
            id="status-reason"
            rows={2}
            value={reason}
            onInput={(e) =>
              draft.update((current) => ({ ...current, reason: e.currentTarget.value }))
            }
          />
        </Field>
        <Button appearance="primary" type="submit" disabled={!to}>
          {t('initiative.saveStatus')}
        </Button>
      </form>
    </section>
  );
}
