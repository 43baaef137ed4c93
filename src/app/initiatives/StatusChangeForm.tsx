import { useState } from 'preact/hooks';
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
import { useI18n } from '../i18n/i18n.tsx';
import { STATUS_LABELS } from './labels.ts';

/** The next step through the status machine: only allowed steps are offered. */
export function StatusChangeForm({ initiative }: { initiative: Initiative }) {
  const { t } = useI18n();
  const { db, writer } = useLocalData();
  const options = allowedNextStatuses(initiative.status, statusBeforePause(initiative));
  const [to, setTo] = useState<InitiativeStatus | ''>('');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();
  if (options.length === 0) return null;
  const needsReason = to !== '' && STATUSES_NEEDING_A_REASON.includes(to);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!to) return;
    setFailure(undefined);
    try {
      await changeInitiativeStatus(db, initiative.id, to, reason, writer);
      setTo('');
      setReason('');
    } catch (error) {
      setFailure(
        error instanceof RecordRuleError && error.rule === 'reason-required'
          ? t('initiative.reasonRequired')
          : t('visit.saveFailed'),
      );
    }
  };

  return (
    <section class="screen-section" aria-labelledby="status-change-title">
      <h2 id="status-change-title">{t('initiative.changeStatus')}</h2>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormMessage text={failure} kind="error" />
        <div class="field">
          <label for="status-next">{t('initiative.nextStatus')}</label>
          <select
            id="status-next"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value as InitiativeStatus | '')}
          >
            <option value="">{t('initiative.chooseStatus')}</option>
            {options.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABELS[status])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="status-reason">
            {needsReason ? t('initiative.reasonNeeded') : t('initiative.reason')}
          </label>
          <textarea
            id="status-reason"
            rows={2}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button-primary" disabled={!to}>
          {t('initiative.saveStatus')}
        </button>
      </form>
    </section>
  );
}
