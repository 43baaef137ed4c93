import {
  DEFAULT_FEEDBACK_TERM,
  type FeedbackTerm,
} from '../../../shared/dates/feedback-deadline.ts';
import { parseFeedbackTerm } from '../../../shared/feedback-term.ts';
import type { KernKind, OrganisationKind } from '../../../shared/reference-data.ts';
import type { Async, KernRecord, ReferenceRepository } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

interface KernRow {
  id: string;
  name: string;
  kind: KernKind;
  parent_id: string | null;
  active: boolean;
}

interface KindRow {
  id: string;
  name: string;
  active: boolean;
}

const FEEDBACK_TERM_KEY = 'feedback-term';

const toKern = (row: KernRow): KernRecord => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  parentId: row.parent_id,
  active: row.active,
});

const toKind = (row: KindRow): OrganisationKind => ({
  id: row.id,
  name: row.name,
  active: row.active,
});

export class PostgresReference implements Async<ReferenceRepository> {
  constructor(private readonly db: PostgresDb) {}

  async listKernen(): Promise<KernRecord[]> {
    // As SQLite's NOCASE column sorts: ASCII case folded (name is COLLATE "C").
    const rows = await this.db.rows<KernRow>(
      'SELECT id, name, kind, parent_id, active FROM kernen ORDER BY lower(name), name',
    );
    return rows.map(toKern);
  }

  async findKern(id: string): Promise<KernRecord | undefined> {
    const row = await this.db.row<KernRow>(
      'SELECT id, name, kind, parent_id, active FROM kernen WHERE id = $1',
      [id],
    );
    return row && toKern(row);
  }

  async insertKern(kern: KernRecord): Promise<void> {
    await this.db.run(
      'INSERT INTO kernen (id, name, kind, parent_id, active) VALUES ($1, $2, $3, $4, $5)',
      [kern.id, kern.name, kern.kind, kern.parentId, kern.active],
    );
  }

  async updateKern(id: string, patch: Partial<Omit<KernRecord, 'id'>>): Promise<void> {
    const current = await this.findKern(id);
    if (!current) throw new Error(`no kern ${id}`);
    const next = { ...current, ...patch };
    await this.db.run(
      'UPDATE kernen SET name = $1, kind = $2, parent_id = $3, active = $4 WHERE id = $5',
      [next.name, next.kind, next.parentId, next.active, id],
    );
  }

  async listOrganisationKinds(): Promise<OrganisationKind[]> {
    const rows = await this.db.rows<KindRow>(
      'SELECT id, name, active FROM organisation_kinds ORDER BY ordinal',
    );
    return rows.map(toKind);
  }

  async findOrganisationKind(id: string): Promise<OrganisationKind | undefined> {
    const row = await this.db.row<KindRow>(
      'SELECT id, name, active FROM organisation_kinds WHERE id = $1',
      [id],
    );
    return row && toKind(row);
  }

  async insertOrganisationKind(kind: OrganisationKind): Promise<void> {
    await this.db.run('INSERT INTO organisation_kinds (id, name, active) VALUES ($1, $2, $3)', [
      kind.id,
      kind.name,
      kind.active,
    ]);
  }

  async updateOrganisationKind(
    id: string,
    patch: Partial<Omit<OrganisationKind, 'id'>>,
  ): Promise<void> {
    const current = await this.findOrganisationKind(id);
    if (!current) throw new Error(`no organisation kind ${id}`);
    const next = { ...current, ...patch };
    await this.db.run('UPDATE organisation_kinds SET name = $1, active = $2 WHERE id = $3', [
      next.name,
      next.active,
      id,
    ]);
  }

  async feedbackTerm(): Promise<FeedbackTerm> {
    const row = await this.db.row<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
      FEEDBACK_TERM_KEY,
    ]);
    return row ? parseFeedbackTerm(JSON.parse(row.value)) : DEFAULT_FEEDBACK_TERM;
  }

  async setFeedbackTerm(term: FeedbackTerm): Promise<void> {
    await this.db.run(
      `INSERT INTO settings (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [FEEDBACK_TERM_KEY, JSON.stringify(parseFeedbackTerm(term))],
    );
  }
}
