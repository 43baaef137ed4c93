import type { Async, IdeaPhotoRecord, IdeaRepository, IdeaSubmissionRecord } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

const SUBMISSION_COLUMNS = `id, code_hash AS "codeHash", text_hash AS "textHash", state,
  initiative_id AS "initiativeId", person_id AS "personId", email, language,
  received_at AS "receivedAt", notified_status AS "notifiedStatus",
  notified_shared AS "notifiedShared"`;

/** idea_submissions and idea_photos (migration 3). */
export class PostgresIdeas implements Async<IdeaRepository> {
  constructor(private readonly db: PostgresDb) {}

  findSubmission(id: string): Promise<IdeaSubmissionRecord | undefined> {
    return this.db.row(`SELECT ${SUBMISSION_COLUMNS} FROM idea_submissions WHERE id = $1`, [id]);
  }

  findByCodeHash(codeHash: string): Promise<IdeaSubmissionRecord | undefined> {
    return this.db.row(`SELECT ${SUBMISSION_COLUMNS} FROM idea_submissions WHERE code_hash = $1`, [
      codeHash,
    ]);
  }

  async textSeenSince(textHash: string, since: number): Promise<boolean> {
    const row = await this.db.row(
      `SELECT 1 FROM idea_submissions
       WHERE text_hash = $1 AND received_at >= $2 AND state != 'spam' LIMIT 1`,
      [textHash, since],
    );
    return row !== undefined;
  }

  async insertSubmission(submission: IdeaSubmissionRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO idea_submissions (id, code_hash, text_hash, state, initiative_id, person_id,
                                     email, language, received_at, notified_status,
                                     notified_shared)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        submission.id,
        submission.codeHash,
        submission.textHash,
        submission.state,
        submission.initiativeId,
        submission.personId,
        submission.email,
        submission.language,
        submission.receivedAt,
        submission.notifiedStatus,
        submission.notifiedShared,
      ],
    );
  }

  findByInitiative(initiativeId: string): Promise<IdeaSubmissionRecord[]> {
    return this.db.rows(
      `SELECT ${SUBMISSION_COLUMNS} FROM idea_submissions WHERE initiative_id = $1`,
      [initiativeId],
    );
  }

  async setState(id: string, state: IdeaSubmissionRecord['state']): Promise<void> {
    await this.db.run(`UPDATE idea_submissions SET state = $1 WHERE id = $2`, [state, id]);
  }

  async setNotified(id: string, status: string, shared: number): Promise<void> {
    await this.db.run(
      `UPDATE idea_submissions SET notified_status = $1, notified_shared = $2 WHERE id = $3`,
      [status, shared, id],
    );
  }

  listMailable(): Promise<IdeaSubmissionRecord[]> {
    return this.db.rows(
      `SELECT ${SUBMISSION_COLUMNS} FROM idea_submissions
       WHERE state = 'received' AND email != '' ORDER BY received_at`,
    );
  }

  async insertPhoto(photo: IdeaPhotoRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO idea_photos (id, initiative_id, type, bytes, created_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [photo.id, photo.initiativeId, photo.type, Buffer.from(photo.bytes), photo.createdAt],
    );
  }

  async findPhoto(id: string): Promise<IdeaPhotoRecord | undefined> {
    const row = await this.db.row<Omit<IdeaPhotoRecord, 'bytes'> & { bytes: Buffer }>(
      `SELECT id, initiative_id AS "initiativeId", type, bytes, created_at AS "createdAt"
       FROM idea_photos WHERE id = $1`,
      [id],
    );
    return row && { ...row, bytes: new Uint8Array(row.bytes) };
  }

  async removePhotosOf(initiativeId: string): Promise<void> {
    await this.db.run(`DELETE FROM idea_photos WHERE initiative_id = $1`, [initiativeId]);
  }

  async forgetEmailsOf(personId: string): Promise<string[]> {
    const rows = await this.db.rows<{ email: string }>(
      `SELECT DISTINCT email FROM idea_submissions WHERE person_id = $1 AND email != ''`,
      [personId],
    );
    await this.db.run(`UPDATE idea_submissions SET email = '' WHERE person_id = $1`, [personId]);
    return rows.map((row) => row.email);
  }
}
