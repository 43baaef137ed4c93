/**
 * The pull cursor of each open database, kept in memory so that the outbox middleware can
 * stamp every change with it without reading `meta` inside the user's save. It is set when
 * the database opens and after every stored page; until then it is 0, which can only make
 * the server report a conflict too many, never one too few.
 */
const cursors = new Map<string, number>();

export function knownCursor(databaseName: string): number {
  return cursors.get(databaseName) ?? 0;
}

export function rememberCursor(databaseName: string, cursor: number): void {
  cursors.set(databaseName, cursor);
}
