import { once } from 'node:events';
import { connect, createServer, type Server } from 'node:net';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { runServerExpectingFailure, startServerProcess } from '../support/server-process.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  cleanups.push(dir.remove);
  return dir.path;
}

async function healthOf(baseUrl: string): Promise<{ serverEpoch: string; schemaVersion: number }> {
  const response = await fetch(`${baseUrl}/api/health`);
  expect(response.status).toBe(200);
  return (await response.json()) as { serverEpoch: string; schemaVersion: number };
}

describe('the server process (build/server, as npm start runs it)', () => {
  it('creates and migrates its SQLite file under DATA_DIR, and keeps it across restarts', async () => {
    const dataDir = join(tempDir('data'), 'nested', 'data');
    const first = await startServerProcess({ dataDir });
    const before = await healthOf(first.baseUrl);
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(true);

    const second = await startServerProcess({ dataDir });
    const after = await healthOf(second.baseUrl);
    expect(await second.stop('SIGINT')).toBe(0);
    expect(after).toEqual(before);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops cleanly on %s and leaves one consistent SQLite file',
    async (signal) => {
      const dataDir = tempDir('data');
      const server = await startServerProcess({ dataDir });
      await healthOf(server.baseUrl);
      expect(await server.stop(signal)).toBe(0);

      const file = join(dataDir, DATABASE_FILE_NAME);
      // The WAL was checkpointed and removed on close: the main file holds everything.
      expect(existsSync(`${file}-wal`)).toBe(false);
      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    },
  );

  it('stops even while a request never finishes arriving (a phone lost its signal mid-send)', async () => {
    const server = await startServerProcess({ dataDir: tempDir('data') });
    const { hostname, port } = new URL(server.baseUrl);
    const socket = connect(Number(port), hostname);
    cleanups.push(() => void socket.destroy());
    await once(socket, 'connect');
    // Headers promise a body of 1 000 bytes; ten arrive, the rest never does.
    socket.write(
      'POST /api/sync/push HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 1000\r\n\r\n{"clientId',
    );
    await healthOf(server.baseUrl);
    expect(await server.stop('SIGTERM')).toBe(0);
  });

  it('refuses to start with a one-line error when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const port = (blocker.address() as { port: number }).port;

    const result = await runServerExpectingFailure({ dataDir: tempDir('data'), port });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `noaber: port ${port} is already in use; set PORT to a free port.\n`,
    );
  });

  it('refuses to start with a one-line error when the data folder is not writable', async () => {
    // A regular file where a folder should be: not writable for anyone, root included.
    const blockingFile = join(tempDir('data'), 'not-a-folder');
    writeFileSync(blockingFile, '');
    const dataDir = join(blockingFile, 'data');

    const result = await runServerExpectingFailure({ dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^noaber: cannot write to the data folder .*; set DATA_DIR/);
  });

  it('refuses to start with a one-line error when the database file cannot be written', async () => {
    // A database the server may read but not write: SQLite opens it read-only without a
    // word, so only a write shows it. Root ignores file modes, so as root the server runs
    // as nobody, as it would in production.
    const dataDir = tempDir('data');
    await openSqliteStore(dataDir).close();
    chmodSync(join(dataDir, DATABASE_FILE_NAME), 0o444);
    chmodSync(dataDir, 0o777);
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

    const result = await runServerExpectingFailure({ dataDir, ...(user ? { user } : {}) });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^noaber: cannot write to the database .*noaber\.sqlite \(SQLITE_READONLY\); make room on the disk or make the file writable/,
    );
  });

  it('refuses to start with a one-line error on a malformed PORT', async () => {
    const result = await runServerExpectingFailure({
      dataDir: tempDir('data'),
      extraEnv: { PORT: 'eighty' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'noaber: PORT must be a whole number from 0 to 65535, not "eighty".\n',
    );
  });
});
