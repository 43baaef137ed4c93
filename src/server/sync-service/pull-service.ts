import {
  DEFAULT_PULL_PAGE,
  type PullRequest,
  type PullResponse,
} from '../../shared/sync-protocol/sync-protocol.ts';
import type { Store, UserRecord } from '../store/store.ts';
import { checkClient } from './client-check.ts';
import { viewerKeys } from './record-scope.ts';

/**
 * One page of rows changed after the device's cursor, limited to what the user may read,
 * with the cursor to store alongside them. The client's last processed mutation rides
 * along, so a device whose push answer was lost still learns what it may drop.
 */
export function pullPage(store: Store, user: UserRecord, request: PullRequest): PullResponse {
  const client = checkClient(store, user, request);
  const limit = request.limit ?? DEFAULT_PULL_PAGE;
  const { rows, hasMore, remaining } = store.sync.pullPage(
    request.cursor,
    viewerKeys(user),
    limit,
    request.countRemaining,
  );
  return {
    rows: rows.map((row) => ({ table: row.table, id: row.id, seq: row.seq, data: row.data })),
    cursor: rows.at(-1)?.seq ?? request.cursor,
    hasMore,
    remaining,
    lastMutationId: client.lastMutationId,
    epoch: store.serverEpoch,
  };
}
