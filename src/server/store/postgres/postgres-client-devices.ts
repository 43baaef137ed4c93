import type { Async, ClientDeviceRepository, ClientOutboxRecord } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

/** $3: the reported last numbered id, $4: the reported number waiting (see reportOutbox). */
const OLDER = `($3 < c.outbox_last_numbered
  OR $3 + $4 < c.outbox_last_numbered + c.outbox_waiting)`;

/** The device columns of sync_clients, as sqlite-client-devices.ts. */
export class PostgresClientDevices implements Async<ClientDeviceRepository> {
  constructor(private readonly db: PostgresDb) {}

  findLost(clientId: string) {
    return this.db.row<{ count: number; lastContactAt: number | null }>(
      `SELECT lost_changes AS count, lost_last_contact_at AS "lastContactAt"
       FROM sync_clients WHERE client_id = $1`,
      [clientId],
    );
  }

  activeInBrowser(userId: string, deviceId: string, exceptClientId: string) {
    return this.db.rows<ClientOutboxRecord>(
      `SELECT client_id AS "clientId", last_mutation_id AS "lastMutationId",
              outbox_last_numbered AS "outboxLastNumbered", outbox_waiting AS "outboxWaiting",
              last_seen_at AS "lastSeenAt"
       FROM sync_clients
       WHERE user_id = $1 AND device_id = $2 AND retired_at IS NULL AND client_id <> $3`,
      [userId, deviceId, exceptClientId],
    );
  }

  async insert(
    client: { clientId: string; userId: string; deviceId: string | null },
    lost: { count: number; lastContactAt: number | null },
    at: number,
  ): Promise<void> {
    await this.db.run(
      `INSERT INTO sync_clients (client_id, user_id, last_mutation_id, created_at, last_seen_at,
                                 device_id, lost_changes, lost_last_contact_at)
       VALUES ($1, $2, 0, $3, $3, $4, $5, $6)`,
      [client.clientId, client.userId, at, client.deviceId, lost.count, lost.lastContactAt],
    );
  }

  async report(
    clientId: string,
    deviceId: string | null,
    outbox: { lastNumberedId: number; waiting: number } | undefined,
    at: number,
  ): Promise<void> {
    if (outbox) {
      // A database's report only grows (sqlite-client-devices.ts says why): one with fewer
      // ids, or fewer changes in all, is an older request that arrived late and is not taken.
      // Both CASEs read the row as it was.
      await this.db.run(
        `UPDATE sync_clients AS c
         SET device_id = coalesce($1, c.device_id), last_seen_at = $2,
             outbox_last_numbered = CASE WHEN ${OLDER} THEN c.outbox_last_numbered ELSE $3 END,
             outbox_waiting = CASE WHEN ${OLDER} THEN c.outbox_waiting ELSE $4 END
         WHERE client_id = $5`,
        [deviceId, at, outbox.lastNumberedId, outbox.waiting, clientId],
      );
    } else if (deviceId !== null) {
      await this.db.run(
        'UPDATE sync_clients SET device_id = $1, last_seen_at = $2 WHERE client_id = $3',
        [deviceId, at, clientId],
      );
    }
  }

  async retire(
    userId: string,
    which: { clientIds: string[] } | { deviceId: string },
    at: number,
  ): Promise<void> {
    if ('deviceId' in which) {
      await this.db.run(
        `UPDATE sync_clients SET retired_at = $1
         WHERE user_id = $2 AND device_id = $3 AND retired_at IS NULL`,
        [at, userId, which.deviceId],
      );
      return;
    }
    await this.db.run(
      `UPDATE sync_clients SET retired_at = $1 WHERE user_id = $2 AND client_id = ANY($3::text[])`,
      [at, userId, which.clientIds],
    );
  }

  async linkSession(clientId: string, sessionId: string): Promise<void> {
    await this.db.run('UPDATE sync_clients SET session_id = $1 WHERE client_id = $2', [
      sessionId,
      clientId,
    ]);
  }

  async sessionOutbox(sessionId: string): Promise<{ count: number; reportedAt: number } | null> {
    // What a client owes, as lost-changes.ts counts it: changes without an id, and ids
    // handed out that the server has not processed. sum() of BIGINT is numeric: cast back.
    const row = await this.db.row<{ count: number | null; reportedAt: number | null }>(
      `SELECT sum(outbox_waiting + greatest(0, outbox_last_numbered - last_mutation_id))::bigint
                AS count,
              max(last_seen_at) AS "reportedAt"
       FROM sync_clients WHERE session_id = $1 AND retired_at IS NULL`,
      [sessionId],
    );
    if (!row || row.count === null || row.reportedAt === null) return null;
    return { count: row.count, reportedAt: row.reportedAt };
  }
}
