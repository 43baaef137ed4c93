import type { LostChanges, OutboxReport } from '../../shared/sync-protocol/sync-protocol.ts';
import type { ClientOutboxRecord, Store, UserRecord } from '../store/store.ts';

/**
 * A browser's database can be wiped — site data cleared, storage evicted when the disk
 * fills, a revoke — while changes typed in it have not reached the server. The server can
 * tell: every request says what its database still has to send (OutboxReport) and comes
 * from a browser (the device cookie). When a new client id of a user appears in a browser
 * where that user had one, the old client is retired, and what it still owed stays with
 * the new one: its pull answers carry it, and the device says so until the user read it.
 */
export interface ClientRequest {
  clientId: string;
  /** The client id this database used before a server restore made it start over. */
  previousClientId?: string | undefined;
  outbox?: OutboxReport | undefined;
}

/** What a client still owed when it was last heard of. */
function owed(client: ClientOutboxRecord): number {
  return client.outboxWaiting + Math.max(0, client.outboxLastNumbered - client.lastMutationId);
}

/**
 * Notes the request's browser and outbox report, registering a new client with what its
 * predecessors in this browser lost. Runs inside the request's transaction; returns the
 * client's lost changes, if any.
 */
export async function noteClientRequest(
  store: Store,
  user: UserRecord,
  request: ClientRequest,
  deviceId: string | null,
  now: number,
): Promise<LostChanges | null> {
  const devices = store.clientDevices;
  let lost = await devices.findLost(request.clientId);
  if (!lost) {
    // A database that starts over after a server restore sends everything again: its
    // former client id owes nothing that is lost.
    if (request.previousClientId) {
      await devices.retire(user.id, { clientIds: [request.previousClientId] }, now);
    }
    const predecessors = deviceId
      ? await devices.activeInBrowser(user.id, deviceId, request.clientId)
      : [];
    const owing = predecessors.filter((client) => owed(client) > 0);
    lost = {
      count: owing.reduce((sum, client) => sum + owed(client), 0),
      lastContactAt: owing.length ? Math.max(...owing.map((client) => client.lastSeenAt)) : null,
    };
    await devices.retire(
      user.id,
      { clientIds: predecessors.map((client) => client.clientId) },
      now,
    );
    await devices.insert({ clientId: request.clientId, userId: user.id, deviceId }, lost, now);
  }
  await devices.report(request.clientId, deviceId, request.outbox, now);
  return lost.count > 0 && lost.lastContactAt !== null
    ? { count: lost.count, lastContactAt: lost.lastContactAt }
    : null;
}

/** Signed out in this browser on purpose: what its database still owed is not "lost". */
export async function retireBrowser(
  store: Store,
  user: UserRecord,
  deviceId: string,
  now: number,
): Promise<void> {
  await store.clientDevices.retire(user.id, { deviceId }, now);
}
