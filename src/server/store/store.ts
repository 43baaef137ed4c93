/**
 * What the HTTP layer needs from storage. SQLite implements it now; a municipality that
 * outgrows one machine gets a PostgreSQL implementation of the same interface.
 */
export interface Store {
  /** Number of schema migrations applied. */
  readonly schemaVersion: number;
  /**
   * Random id made when the database was created. A server restored from a backup keeps its
   * old epoch only if the backup does; clients compare it to detect a restore and resync.
   */
  readonly serverEpoch: string;
  close(): void;
}
