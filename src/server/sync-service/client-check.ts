import { MIN_SUPPORTED_PROTOCOL_VERSION } from '../../shared/protocol-version.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { Store, SyncClientRecord, UserRecord } from '../store/store.ts';

interface ClientFields {
  clientId: string;
  protocolVersion: number;
  epoch: string | null;
}

/**
 * Checks what every sync request says about its device: a protocol the server still speaks,
 * the same server history (epoch) the device synced with, and a client id that is the
 * user's own. A new client id is registered to this user.
 */
export function checkClient(
  store: Store,
  user: UserRecord,
  request: ClientFields,
): SyncClientRecord {
  if (request.protocolVersion < MIN_SUPPORTED_PROTOCOL_VERSION) {
    throw new ApiFailure(426, 'update-required', 'this app version is too old: update it');
  }
  if (request.epoch !== null && request.epoch !== store.serverEpoch) {
    throw new ApiFailure(409, 'epoch-changed', 'the server was restored: resync');
  }
  const client = store.sync.findClient(request.clientId);
  if (client && client.userId !== user.id) {
    throw new ApiFailure(403, 'forbidden', 'this client id belongs to someone else');
  }
  return client ?? { clientId: request.clientId, userId: user.id, lastMutationId: 0 };
}
