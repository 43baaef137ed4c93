import type Database from 'better-sqlite3';
import {
  DEFAULT_FEEDBACK_TERM,
  type FeedbackTerm,
} from '../../../shared/dates/feedback-deadline.ts';
import { parseFeedbackTerm } from '../../../shared/feedback-term.ts';
import type { KernKind, OrganisationKind } from '../../../shared/reference-data.ts';
import type { KernRecord, ReferenceRepository } from '../store.ts';

interface KernRow {
  id: string;
  name: string;
  kind: KernKind;
  parent_id: string | null;
  active: number;
}

const FEEDBACK_TERM_KEY = 'feedback-term';

interface KindRow {
  id: string;
  name: string;
  active: number;
}

const toKern = (row: KernRow): KernRecord => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  parentId: row.parent_id,
  active: row.active === 1,
});

const toKind = (row: KindRow): OrganisationKind => ({
  id: row.id,
  name: row.name,
  active: row.active === 1,
});

export class SqliteReference implements ReferenceRepository {
  constructor(private readonly db: Database.Database) {}

  listKernen(): KernRecord[] {
    const rows = this.db.prepare('SELECT * FROM kernen ORDER BY name').all() as KernRow[];
    return rows.map(toKern);
  }

  findKern(id: string): KernRecord | undefined {
    const row = this.db.prepare('SELECT * FROM kernen WHERE id = ?').get(id) as KernRow | undefined;
    return row && toKern(row);
  }

  insertKern(kern: KernRecord): void {
    this.db
      .prepare('INSERT INTO kernen (id, name, kind, parent_id, active) VALUES (?, ?, ?, ?, ?)')
      .run(kern.id, kern.name, kern.kind, kern.parentId, kern.active ? 1 : 0);
  }

  updateKern(id: string, patch: Partial<Omit<KernRecord, 'id'>>): void {
    const current = this.findKern(id);
    if (!current) throw new Error(`no kern ${id}`);
    const next = { ...current, ...patch };
    this.db
      .prepare('UPDATE kernen SET name = ?, kind = ?, parent_id = ?, active = ? WHERE id = ?')
      .run(next.name, next.kind, next.parentId, next.active ? 1 : 0, id);
  }

  listOrganisationKinds(): OrganisationKind[] {
    const rows = this.db
      .prepare('SELECT * FROM organisation_kinds ORDER BY rowid')
      .all() as KindRow[];
    return rows.map(toKind);
  }

  findOrganisationKind(id: string): OrganisationKind | undefined {
    const row = this.db.prepare('SELECT * FROM organisation_kinds WHERE id = ?').get(id) as
      KindRow | undefined;
    return row && toKind(row);
  }

  insertOrganisationKind(kind: OrganisationKind): void {
    this.db
      .prepare('INSERT INTO organisation_kinds (id, name, active) VALUES (?, ?, ?)')
      .run(kind.id, kind.name, kind.active ? 1 : 0);
  }

  updateOrganisationKind(id: string, patch: Partial<Omit<OrganisationKind, 'id'>>): void {
    const current = this.findOrganisationKind(id);
    if (!current) throw new Error(`no organisation kind ${id}`);
    const next = { ...current, ...patch };
    this.db
      .prepare('UPDATE organisation_kinds SET name = ?, active = ? WHERE id = ?')
      .run(next.name, next.active ? 1 : 0, id);
  }

  feedbackTerm(): FeedbackTerm {
    const row = this.db
      .prepare('SELECT value FROM settings WHERE key = ?')
      .get(FEEDBACK_TERM_KEY) as { value: string } | undefined;
    return row ? parseFeedbackTerm(JSON.parse(row.value)) : DEFAULT_FEEDBACK_TERM;
  }

  setFeedbackTerm(term: FeedbackTerm): void {
    this.db
      .prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(FEEDBACK_TERM_KEY, JSON.stringify(parseFeedbackTerm(term)));
  }
}
