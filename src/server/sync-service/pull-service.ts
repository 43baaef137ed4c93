import { createHash } from 'node:crypto';
import {
  DEFAULT_PULL_PAGE,
  type PullRequest,
  type PullResponse,
} from '../../shared/sync-protocol/sync-protocol.ts';
import type { Store, UserRecord } from '../store/store.ts';
import { checkClient } from './client-check.ts';
import { noteClientRequest } from './lost-changes.ts';
import { viewerKeys } from './record-scope.ts';
import { logPulledPeople } from '../privacy/access-log.ts';

/**
 * One page of rows changed after the device's cursor, limited to what the user may read,
 * with the cursor to store alongside them (and what the device still owes noted first). The
 * client's last processed mutation rides along, so a device whose push answer was lost still
 * learns what it may drop.
 */
export async function pullPage(
  store: Store,
  user: UserRecord,
  request: PullRequest,
  now: number,
  deviceId: string | null = null,
): Promise<PullResponse> {
  const { client, lostChanges } = await store.transaction(async () => ({
    client: await checkClient(store, user, request),
    lostChanges: await noteClientRequest(store, user, request, deviceId, now),
  }));
  const limit = request.limit ?? DEFAULT_PULL_PAGE;
  const keys = viewerKeys(user);
  const { rows, hasMore, remaining } = await store.sync.pullPage(
    request.cursor,
    keys,
    limit,
    request.countRemaining,
  );
  await logPulledPeople(store, user.id, rows, now);
  return {
    rows: rows.map((row) => ({ table: row.table, id: row.id, seq: row.seq, data: row.data })),
    cursor: rows.at(-1)?.seq ?? request.cursor,
    hasMore,
    remaining,
    lastMutationId: client.lastMutationId,
    epoch: await store.serverEpoch(),
    lostChanges,
    scope: scopeName(keys),
  };
}

/** What a user may read, as a short name: the same keys give the same name. */
function scopeName(keys: string[] | null): string {
  if (keys === null) return 'all';
  return createHash('sha256').update(keys.toSorted().join('\n')).digest('base64url').slice(0, 16);
}
