import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';

/**
 * One SQLite connection serves every request of the process, and each statement runs to its
 * end before anything else does (better-sqlite3 is synchronous). A transaction is the
 * exception: its work awaits between statements, and whatever another request ran on the
 * connection meanwhile would land inside it. The gate keeps that out. While a transaction is
 * open, every call from outside it waits its turn; calls made from within it (its async
 * context, tracked with AsyncLocalStorage) run at once; a transaction inside a transaction
 * is a savepoint, so its throw undoes only its own writes.
 */
export class SqliteGate {
  private readonly context = new AsyncLocalStorage<{ savepoints: number }>();
  /** Resolves when the last queued holder lets go; null while nobody holds the gate. */
  private tail: Promise<void> | null = null;

  constructor(private readonly db: Database.Database) {}

  /** Runs one statement's worth of synchronous work when no transaction of another is open. */
  async run<T>(work: () => T): Promise<T> {
    if (this.tail === null || this.context.getStore() !== undefined) return work();
    const release = await this.acquire();
    try {
      return work();
    } finally {
      release();
    }
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const open = this.context.getStore();
    if (open !== undefined) return this.savepoint(open, work);
    const release = await this.acquire();
    try {
      // IMMEDIATE takes the write lock at the start, so two writers never deadlock halfway.
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await this.context.run({ savepoints: 0 }, work);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      release();
    }
  }

  private async savepoint<T>(open: { savepoints: number }, work: () => Promise<T>): Promise<T> {
    const name = `nested_${++open.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      this.db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.db.exec(`ROLLBACK TO ${name}`);
      this.db.exec(`RELEASE ${name}`);
      throw error;
    }
  }

  /** Waits for every earlier holder; the returned function lets the next one in. */
  private async acquire(): Promise<() => void> {
    const before = this.tail ?? Promise.resolve();
    let letGo!: () => void;
    const mine = new Promise<void>((resolve) => (letGo = resolve));
    this.tail = mine;
    await before;
    return () => {
      if (this.tail === mine) this.tail = null;
      letGo();
    };
  }
}
