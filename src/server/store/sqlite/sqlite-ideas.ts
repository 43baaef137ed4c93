import type Database from 'better-sqlite3';
import type { IdeaPhotoRecord, IdeaRepository, IdeaSubmissionRecord } from '../store.ts';

interface SubmissionRow {
  id: string;
  code_hash: string;
  text_hash: string;
  state: IdeaSubmissionRecord['state'];
  initiative_id: string | null;
  person_id: string | null;
  email: string;
  language: 'nl' | 'en';
  received_at: number;
  notified_status: string | null;
  notified_shared: number;
}

const toSubmission = (row: SubmissionRow): IdeaSubmissionRecord => ({
  id: row.id,
  codeHash: row.code_hash,
  textHash: row.text_hash,
  state: row.state,
  initiativeId: row.initiative_id,
  personId: row.person_id,
  email: row.email,
  language: row.language,
  receivedAt: row.received_at,
  notifiedStatus: row.notified_status,
  notifiedShared: row.notified_shared,
});

/** idea_submissions and idea_photos (migration 12); statements prepared once. */
export class SqliteIdeas implements IdeaRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      find: db.prepare(`SELECT * FROM idea_submissions WHERE id = ?`),
      findByCode: db.prepare(`SELECT * FROM idea_submissions WHERE code_hash = ?`),
      textSeen: db
        .prepare(
          `SELECT 1 FROM idea_submissions
           WHERE text_hash = ? AND received_at >= ? AND state != 'spam' LIMIT 1`,
        )
        .pluck(),
      insert: db.prepare(
        `INSERT INTO idea_submissions (id, code_hash, text_hash, state, initiative_id, person_id,
                                       email, language, received_at, notified_status,
                                       notified_shared)
         VALUES (@id, @codeHash, @textHash, @state, @initiativeId, @personId, @email, @language,
                 @receivedAt, @notifiedStatus, @notifiedShared)`,
      ),
      byInitiative: db.prepare(`SELECT * FROM idea_submissions WHERE initiative_id = ?`),
      setState: db.prepare(`UPDATE idea_submissions SET state = ? WHERE id = ?`),
      setNotified: db.prepare(
        `UPDATE idea_submissions SET notified_status = ?, notified_shared = ? WHERE id = ?`,
      ),
      mailable: db.prepare(
        `SELECT * FROM idea_submissions WHERE state = 'received' AND email != ''
         ORDER BY received_at`,
      ),
      insertPhoto: db.prepare(
        `INSERT INTO idea_photos (id, initiative_id, type, bytes, created_at)
         VALUES (@id, @initiativeId, @type, @bytes, @createdAt)`,
      ),
      findPhoto: db.prepare(
        `SELECT id, initiative_id AS initiativeId, type, bytes, created_at AS createdAt
         FROM idea_photos WHERE id = ?`,
      ),
      removePhotos: db.prepare(`DELETE FROM idea_photos WHERE initiative_id = ?`),
      emailsOf: db
        .prepare(`SELECT DISTINCT email FROM idea_submissions WHERE person_id = ? AND email != ''`)
        .pluck(),
      forgetEmails: db.prepare(`UPDATE idea_submissions SET email = '' WHERE person_id = ?`),
    };
  }

  findSubmission(id: string) {
    const row = this.statements.find.get(id) as SubmissionRow | undefined;
    return row && toSubmission(row);
  }

  findByCodeHash(codeHash: string) {
    const row = this.statements.findByCode.get(codeHash) as SubmissionRow | undefined;
    return row && toSubmission(row);
  }

  textSeenSince(textHash: string, since: number): boolean {
    return this.statements.textSeen.get(textHash, since) !== undefined;
  }

  insertSubmission(submission: IdeaSubmissionRecord): void {
    this.statements.insert.run(submission);
  }

  findByInitiative(initiativeId: string) {
    return (this.statements.byInitiative.all(initiativeId) as SubmissionRow[]).map(toSubmission);
  }

  setState(id: string, state: IdeaSubmissionRecord['state']): void {
    this.statements.setState.run(state, id);
  }

  setNotified(id: string, status: string, shared: number): void {
    this.statements.setNotified.run(status, shared, id);
  }

  listMailable() {
    return (this.statements.mailable.all() as SubmissionRow[]).map(toSubmission);
  }

  insertPhoto(photo: IdeaPhotoRecord): void {
    this.statements.insertPhoto.run({ ...photo, bytes: Buffer.from(photo.bytes) });
  }

  findPhoto(id: string): IdeaPhotoRecord | undefined {
    const row = this.statements.findPhoto.get(id) as
      (Omit<IdeaPhotoRecord, 'bytes'> & { bytes: Buffer }) | undefined;
    return row && { ...row, bytes: new Uint8Array(row.bytes) };
  }

  removePhotosOf(initiativeId: string): void {
    this.statements.removePhotos.run(initiativeId);
  }

  forgetEmailsOf(personId: string): string[] {
    const emails = this.statements.emailsOf.all(personId) as string[];
    this.statements.forgetEmails.run(personId);
    return emails;
  }
}
