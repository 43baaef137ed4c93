import type Database from 'better-sqlite3';
import type { ClientDeviceRepository, ClientOutboxRecord } from '../store.ts';

const OLDER = `(@numbered < outbox_last_numbered
  OR @numbered + @waiting < outbox_last_numbered + outbox_waiting)`;

/** The device columns of sync_clients (migration 5); statements prepared once. */
export class SqliteClientDevices implements ClientDeviceRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      findLost: db.prepare(
        `SELECT lost_changes AS count, lost_last_contact_at AS lastContactAt
         FROM sync_clients WHERE client_id = ?`,
      ),
      activeInBrowser: db.prepare(
        `SELECT client_id AS clientId, last_mutation_id AS lastMutationId,
                outbox_last_numbered AS outboxLastNumbered, outbox_waiting AS outboxWaiting,
                last_seen_at AS lastSeenAt
         FROM sync_clients
         WHERE user_id = ? AND device_id = ? AND retired_at IS NULL AND client_id <> ?`,
      ),
      insert: db.prepare(
        `INSERT INTO sync_clients (client_id, user_id, last_mutation_id, created_at, last_seen_at,
                                   device_id, lost_changes, lost_last_contact_at)
         VALUES (?, ?, 0, ?, ?, ?, ?, ?)`,
      ),
      reportBrowser: db.prepare(
        `UPDATE sync_clients SET device_id = ?, last_seen_at = ? WHERE client_id = ?`,
      ),
      // A database's report only grows: ids are handed out in order, and a waiting change
      // leaves the count only by getting an id. So one with fewer ids, or fewer changes in
      // all, is from an older request that arrived late (a slow one the device gave up on)
      // and is not taken: it would count changes as owed that arrived since.
      reportOutbox: db.prepare(
        `UPDATE sync_clients
         SET device_id = coalesce(@deviceId, device_id), last_seen_at = @at,
             -- Both read the row as it was (SQLite evaluates SET against the old row).
             outbox_last_numbered = CASE WHEN ${OLDER} THEN outbox_last_numbered ELSE @numbered END,
             outbox_waiting = CASE WHEN ${OLDER} THEN outbox_waiting ELSE @waiting END
         WHERE client_id = @clientId`,
      ),
      linkSession: db.prepare(`UPDATE sync_clients SET session_id = ? WHERE client_id = ?`),
      // What a client owes, as lost-changes.ts counts it: changes without an id, and ids
      // handed out that the server has not processed.
      sessionOutbox: db.prepare(
        `SELECT sum(outbox_waiting + max(0, outbox_last_numbered - last_mutation_id)) AS count,
                max(last_seen_at) AS reportedAt
         FROM sync_clients WHERE session_id = ? AND retired_at IS NULL`,
      ),
      retireClient: db.prepare(
        `UPDATE sync_clients SET retired_at = ? WHERE user_id = ? AND client_id = ?`,
      ),
      retireBrowser: db.prepare(
        `UPDATE sync_clients SET retired_at = ?
         WHERE user_id = ? AND device_id = ? AND retired_at IS NULL`,
      ),
    };
  }

  findLost(clientId: string) {
    return this.statements.findLost.get(clientId) as
      { count: number; lastContactAt: number | null } | undefined;
  }

  activeInBrowser(userId: string, deviceId: string, exceptClientId: string) {
    return this.statements.activeInBrowser.all(
      userId,
      deviceId,
      exceptClientId,
    ) as ClientOutboxRecord[];
  }

  insert(
    client: { clientId: string; userId: string; deviceId: string | null },
    lost: { count: number; lastContactAt: number | null },
    at: number,
  ): void {
    const { clientId, userId, deviceId } = client;
    this.statements.insert.run(clientId, userId, at, at, deviceId, lost.count, lost.lastContactAt);
  }

  report(
    clientId: string,
    deviceId: string | null,
    outbox: { lastNumberedId: number; waiting: number } | undefined,
    at: number,
  ): void {
    if (outbox) {
      this.statements.reportOutbox.run({
        deviceId,
        at,
        numbered: outbox.lastNumberedId,
        waiting: outbox.waiting,
        clientId,
      });
    } else if (deviceId !== null) {
      this.statements.reportBrowser.run(deviceId, at, clientId);
    }
  }

  retire(userId: string, which: { clientIds: string[] } | { deviceId: string }, at: number): void {
    if ('deviceId' in which) {
      this.statements.retireBrowser.run(at, userId, which.deviceId);
      return;
    }
    for (const id of which.clientIds) this.statements.retireClient.run(at, userId, id);
  }

  linkSession(clientId: string, sessionId: string): void {
    this.statements.linkSession.run(sessionId, clientId);
  }

  sessionOutbox(sessionId: string): { count: number; reportedAt: number } | null {
    const row = this.statements.sessionOutbox.get(sessionId) as
      { count: number | null; reportedAt: number | null } | undefined;
    if (!row || row.count === null || row.reportedAt === null) return null;
    return { count: row.count, reportedAt: row.reportedAt };
  }
}
