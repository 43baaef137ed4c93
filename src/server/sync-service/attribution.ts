import { AUTHOR_FIELD, ENTRY_ATTRIBUTION } from '../../shared/permissions/server-fields.ts';
import { appendOnlyKey, newEntries } from '../../shared/sync-protocol/merge-patch.ts';
import type { PushedTable } from '../../shared/sync-protocol/sync-tables.ts';

type Data = Record<string, unknown>;

/**
 * Attribution is the server's (server-fields.ts): the record a device creates, and every
 * entry a change adds to an append-only list, get their who and when from the session and
 * the server's clock. Whatever the device put there is overwritten, never trusted.
 */
export function attributedCreate(table: PushedTable, data: Data, userId: string, now: number) {
  const author = AUTHOR_FIELD[table];
  return attributedEntries(
    table,
    undefined,
    { ...data, createdAt: now, ...(author ? { [author]: userId } : {}) },
    userId,
    now,
  );
}

/** A patch whose newly added list entries carry the pusher and the server's clock. */
export function attributedEntries(
  table: PushedTable,
  current: Data | undefined,
  changes: Data,
  userId: string,
  now: number,
): Data {
  const lists = ENTRY_ATTRIBUTION[table];
  if (!lists) return changes;
  const result = { ...changes };
  for (const [field, who] of Object.entries(lists)) {
    const key = appendOnlyKey(table, field);
    const sent = result[field];
    if (!key || !Array.isArray(sent)) continue;
    const added = new Set(newEntries(current?.[field], sent, key));
    result[field] = sent.map((entry: unknown) => {
      if (!added.has(entry as Data)) return entry;
      const stamped: Data = { ...(entry as Data), [who.by]: userId };
      if (who.at) stamped[who.at] = entryTime(field, entry as Data, who.at, now);
      return stamped;
    });
  }
  return result;
}

/**
 * When an entry was added: the server's clock. A status change from an app that gave them no
 * id yet is identified by its time, so that time stays (only never later than now): changing
 * it would make the change look new when the same outbox sends its list again.
 */
function entryTime(field: string, entry: Data, atField: string, now: number): number {
  const sentAt = entry[atField];
  const legacy = field === 'statusHistory' && typeof entry['id'] !== 'string';
  return legacy && typeof sentAt === 'number' ? Math.min(sentAt, now) : now;
}
