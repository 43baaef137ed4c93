import type Database from 'better-sqlite3';
import type { MailOutboxRepository, OutboxMail } from '../store.ts';

/** mail_outbox (migration 12); statements prepared once. */
export class SqliteMailOutbox implements MailOutboxRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      enqueue: db.prepare(
        `INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?)`,
      ),
      due: db.prepare(
        `SELECT id, recipient, subject, body, attempts FROM mail_outbox
         WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
      ),
      sent: db.prepare(`UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?`),
      failed: db.prepare(
        `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
         WHERE id = ?`,
      ),
      removeFor: db.prepare(`DELETE FROM mail_outbox WHERE recipient = ?`),
      listFor: db.prepare(
        `SELECT id, recipient, subject, body, attempts, sent_at AS sentAt FROM mail_outbox
         WHERE recipient = ? ORDER BY id`,
      ),
    };
  }

  enqueue(mail: { recipient: string; subject: string; body: string }, at: number): void {
    this.statements.enqueue.run(mail.recipient, mail.subject, mail.body, at, at);
  }

  due(now: number, limit: number): OutboxMail[] {
    return this.statements.due.all(now, limit) as OutboxMail[];
  }

  markSent(id: number, at: number): void {
    this.statements.sent.run(at, id);
  }

  markFailed(id: number, nextAttemptAt: number, error: string): void {
    this.statements.failed.run(nextAttemptAt, error.slice(0, 500), id);
  }

  removeFor(recipient: string): void {
    this.statements.removeFor.run(recipient);
  }

  listFor(recipient: string) {
    return this.statements.listFor.all(recipient) as (OutboxMail & { sentAt: number | null })[];
  }
}
