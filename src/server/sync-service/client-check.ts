import { MIN_SUPPORTED_PROTOCOL_VERSION } from '../../shared/protocol-version.ts';
import type { OutboxReport } from '../../shared/sync-protocol/sync-protocol.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { Store, SyncClientRecord, UserRecord } from '../store/store.ts';
import { WentBackInTime } from './server-restore.ts';

interface ClientFields {
  clientId: string;
  protocolVersion: number;
  epoch: string | null;
  outbox?: OutboxReport | undefined;
  /** The device's pull cursor (a push may leave it out). */
  cursor?: number | undefined;
}

/**
 * Checks what every sync request says about its device: a protocol the server still speaks,
 * the same server history (epoch) the device synced with, and a client id that is the
 * user's own. A new client id is registered to this user. A device of this epoch that knows
 * more of the server's history than the server itself proves that the server went back to a
 * backup (WentBackInTime; server-restore.ts starts a new epoch then).
 */
export async function checkClient(
  store: Store,
  user: UserRecord,
  request: ClientFields,
): Promise<SyncClientRecord> {
  if (request.protocolVersion < MIN_SUPPORTED_PROTOCOL_VERSION) {
    throw new ApiFailure(426, 'update-required', 'this app version is too old: update it');
  }
  const epoch = await store.serverEpoch();
  if (request.epoch !== null && request.epoch !== epoch) {
    // A history this database never had: it is a backup from before that one.
    if (!(await store.knowsFormerEpoch(request.epoch))) {
      throw new WentBackInTime(epoch, 'unknown-epoch', request.epoch);
    }
    throw new ApiFailure(409, 'epoch-changed', 'the server was restored: resync');
  }
  const client = await store.sync.findClient(request.clientId);
  if (client && client.userId !== user.id) {
    throw new ApiFailure(403, 'forbidden', 'this client id belongs to someone else');
  }
  if (request.epoch !== null) {
    const proof = await restoreProof(store, client, request);
    if (proof !== null) throw new WentBackInTime(epoch, proof);
  }
  return client ?? { clientId: request.clientId, userId: user.id, lastMutationId: 0 };
}

/**
 * What only a server that lost part of its history hears from a device that synced with
 * this epoch: its client id unknown (every device's first request registers it, and the
 * epoch reaches the device only in an answer to one), a processed mutation id the server
 * does not hold, or a cursor past the last seq the server handed out. Null: no proof.
 */
async function restoreProof(
  store: Store,
  client: SyncClientRecord | undefined,
  request: ClientFields,
): Promise<string | null> {
  if (!client) return 'unknown-client';
  if ((request.outbox?.acknowledgedId ?? 0) > client.lastMutationId) return 'acknowledged-id';
  if (request.cursor !== undefined && request.cursor > (await store.sync.lastSeq()))
    return 'cursor';
  return null;
}
