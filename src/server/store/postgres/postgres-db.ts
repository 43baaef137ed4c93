import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { StorageFailure } from '../store.ts';
import { translated } from './storage-errors.ts';

/** A connection of the pool, checked out for one transaction. */
interface OpenTransaction {
  client: pg.PoolClient;
  savepoints: number;
  /** False once the transaction ended: a late call from its async context uses the pool. */
  open: boolean;
}

/** A parameter as the driver sends it. */
export type Param =
  | string
  | number
  | boolean
  | null
  | Uint8Array
  | readonly string[]
  | readonly number[]
  | readonly boolean[];

/**
 * The pool every PostgreSQL repository talks through. A transaction checks out one connection
 * and keeps it in an AsyncLocalStorage: every statement made in the transaction's async
 * context runs on that connection, so belongs to the transaction; a transaction inside a
 * transaction is a savepoint of it. A statement outside any transaction takes any connection
 * of the pool (autocommit). Every error is translated here (storage-errors.ts), so the
 * repositories never see PostgreSQL's own.
 */
export class PostgresDb {
  private readonly context = new AsyncLocalStorage<OpenTransaction>();
  /** Settles when the last transaction queued in this process has ended (oneAtATime). */
  private queueTail: Promise<void> = Promise.resolve();

  constructor(
    readonly pool: pg.Pool,
    /**
     * Taken by every transaction as it begins (one round trip with BEGIN) and held until it
     * ends: the store's transactions run one at a time, as SQLite's BEGIN IMMEDIATE makes
     * them, in every process. So a transaction's reads and writes are one step (a client's
     * last mutation id, a throttle counter), and seqs commit in the order they were handed
     * out. Statements outside a transaction, and snapshots, do not wait for it.
     */
    private readonly lockKey: bigint,
    private readonly onFailure: (failure: StorageFailure) => void,
  ) {}

  /** The rows of one statement. */
  async rows<Row>(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    return (await this.execute(sql, params)).rows as Row[];
  }

  /** The first row of one statement, if any. */
  async row<Row>(sql: string, params: readonly Param[] = []): Promise<Row | undefined> {
    return (await this.rows<Row>(sql, params))[0];
  }

  /** Runs one statement; answers how many rows it wrote. */
  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.execute(sql, params)).rowCount ?? 0;
  }

  inTransaction(): boolean {
    return this.context.getStore()?.open === true;
  }

  private async execute(sql: string, params: readonly Param[]): Promise<pg.QueryResult> {
    const open = this.context.getStore();
    try {
      return open?.open === true
        ? await open.client.query(sql, params as unknown[])
        : await this.pool.query(sql, params as unknown[]);
    } catch (error) {
      throw translated(error, this.onFailure);
    }
  }

  /**
   * Runs `work` all-or-nothing on one connection, under the store's lock (lockKey). READ
   * COMMITTED: every statement sees what was committed before it started, so everything read
   * after the lock includes the previous holder's writes. Inside a transaction: a savepoint,
   * whose throw undoes only its own writes.
   */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    const begin = `BEGIN; SELECT pg_advisory_xact_lock(${this.lockKey.toString()})`;
    if (this.inTransaction()) return this.begin(work, begin);
    return this.oneAtATime(() => this.begin(work, begin));
  }

  /**
   * This process's transactions queue here before they take a connection: they would wait
   * for the lock one after the other anyway, and this way they do not each hold a
   * connection of the pool while waiting, which the statements outside transactions need.
   */
  private async oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const before = this.queueTail;
    let done!: () => void;
    this.queueTail = new Promise<void>((resolve) => (done = resolve));
    await before;
    try {
      return await work();
    } finally {
      done();
    }
  }

  private async begin<T>(work: () => Promise<T>, begin: string): Promise<T> {
    const open = this.context.getStore();
    if (open?.open === true) return this.savepoint(open, work);
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw translated(error, this.onFailure);
    }
    const transaction: OpenTransaction = { client, savepoints: 0, open: true };
    let broken: Error | undefined;
    try {
      await this.onConnection(client, begin);
      const result = await this.context.run(transaction, work);
      await this.onConnection(client, 'COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // A connection that cannot even roll back is dropped, not handed to the next caller.
        broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
      }
      throw translated(error, this.onFailure);
    } finally {
      transaction.open = false;
      client.release(broken);
    }
  }

  /**
   * Runs `work` on one snapshot of the database: every read inside sees the same committed
   * rows (a pull page and its count). Inside a transaction, that transaction's view.
   */
  snapshot<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction()) return work();
    return this.begin(work, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  private async savepoint<T>(open: OpenTransaction, work: () => Promise<T>): Promise<T> {
    const name = `nested_${++open.savepoints}`;
    await this.onConnection(open.client, `SAVEPOINT ${name}`);
    try {
      const result = await work();
      await this.onConnection(open.client, `RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await this.onConnection(open.client, `ROLLBACK TO SAVEPOINT ${name}`);
      await this.onConnection(open.client, `RELEASE SAVEPOINT ${name}`);
      throw error;
    }
  }

  private async onConnection(client: pg.PoolClient, sql: string): Promise<void> {
    try {
      await client.query(sql);
    } catch (error) {
      throw translated(error, this.onFailure);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
