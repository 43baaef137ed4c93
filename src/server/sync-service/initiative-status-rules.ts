import {
  checkTransition,
  statusBeforePause,
  type InitiativeStatus,
} from '../../shared/records/initiative-status.ts';
import type { StatusChange } from '../../shared/records/initiative.ts';
import { appendOnlyKey, newEntries } from '../../shared/sync-protocol/merge-patch.ts';
import { Rejected } from './rejected.ts';

type Data = Record<string, unknown>;

/**
 * Status changes go through the shared status machine here, against the status the server
 * has now — which may differ from the one the device saw. Each new history entry is checked
 * in time order from the current status and gets its real `from`; a step the machine does
 * not allow rejects the mutation. The device's `status` field is derived, never trusted.
 */
export function withCheckedStatus(current: Data, patch: Data): Data {
  if (!('status' in patch) && !('statusHistory' in patch)) return patch;
  const key = appendOnlyKey('initiatives', 'statusHistory');
  if (!key) throw new Error('statusHistory must be append-only');
  const history = [...(current['statusHistory'] as StatusChange[])];
  let status = current['status'] as InitiativeStatus;
  const incoming = newEntries(history, patch['statusHistory'], key) as StatusChange[];
  for (const change of [...incoming].sort((a, b) => a.at - b.at)) {
    const check = checkTransition(status, change.to, {
      reason: change.reason,
      pausedFrom: statusBeforePause(history),
    });
    if (!check.ok) throw new Rejected('status-not-allowed', `${status} → ${change.to}`);
    history.push({ ...change, from: status });
    status = change.to;
  }
  if (incoming.length === 0 && 'status' in patch && patch['status'] !== status) {
    throw new Rejected('status-not-allowed', 'a status change needs its history entry');
  }
  return { ...patch, status, statusHistory: history };
}
