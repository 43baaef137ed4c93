import type { Async, MailOutboxRepository, OutboxMail } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

/** mail_outbox (migration 3). */
export class PostgresMailOutbox implements Async<MailOutboxRepository> {
  constructor(private readonly db: PostgresDb) {}

  async enqueue(
    mail: { recipient: string; subject: string; body: string },
    at: number,
  ): Promise<void> {
    await this.db.run(
      `INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $4)`,
      [mail.recipient, mail.subject, mail.body, at],
    );
  }

  due(now: number, limit: number): Promise<OutboxMail[]> {
    return this.db.rows(
      `SELECT id, recipient, subject, body, attempts FROM mail_outbox
       WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT $2`,
      [now, limit],
    );
  }

  async markSent(id: number, at: number): Promise<void> {
    await this.db.run(
      `UPDATE mail_outbox SET sent_at = $1, attempts = attempts + 1 WHERE id = $2`,
      [at, id],
    );
  }

  async markFailed(id: number, nextAttemptAt: number, error: string): Promise<void> {
    await this.db.run(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2
       WHERE id = $3`,
      [nextAttemptAt, error.slice(0, 500), id],
    );
  }

  async removeFor(recipient: string): Promise<void> {
    await this.db.run(`DELETE FROM mail_outbox WHERE recipient = $1`, [recipient]);
  }

  listFor(recipient: string): Promise<(OutboxMail & { sentAt: number | null })[]> {
    return this.db.rows(
      `SELECT id, recipient, subject, body, attempts, sent_at AS "sentAt" FROM mail_outbox
       WHERE recipient = $1 ORDER BY id`,
      [recipient],
    );
  }
}
