import type { QuarantineRecord } from '../store.ts';

/** A quarantine row as both engines return it, and the record the store hands out. */
export interface QuarantineRow {
  id: string;
  session_id: string;
  user_id: string;
  client_id: string;
  epoch: string | null;
  protocol: number;
  delivered_at: number;
  mutation_count: number;
  mutations: string;
  decided_at: number | null;
  decided_by: string | null;
  decision: 'accepted' | 'discarded' | null;
  applied: number | null;
  rejected: number | null;
}

export const toQuarantineRecord = (row: QuarantineRow): QuarantineRecord => ({
  id: row.id,
  sessionId: row.session_id,
  userId: row.user_id,
  clientId: row.client_id,
  epoch: row.epoch,
  protocolVersion: row.protocol,
  deliveredAt: row.delivered_at,
  mutationCount: row.mutation_count,
  mutations: JSON.parse(row.mutations) as QuarantineRecord['mutations'],
  decision:
    row.decision === null || row.decided_at === null || row.decided_by === null
      ? null
      : { kind: row.decision, at: row.decided_at, by: row.decided_by },
  outcome:
    row.applied === null || row.rejected === null
      ? null
      : { applied: row.applied, rejected: row.rejected },
});
