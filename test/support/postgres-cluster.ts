import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests and benches, with Debian's binaries
 * (/usr/lib/postgresql/<version>/bin, the newest): initdb in a temp folder (trust, locale C,
 * UTF8), listening only on a unix socket in that folder, removed by stop(). initdb refuses
 * root, so as root (CI) the cluster runs as the `postgres` user when there is one, else as
 * `nobody`, in a folder that user owns.
 */
export interface PostgresCluster {
  /** URL of the cluster's `postgres` database, as its superuser. */
  url: string;
  stop: () => void;
}

/** The superuser initdb creates (whatever user runs the cluster). */
const SUPERUSER = 'noaber';

/** Why no cluster can be started here; null when it can. */
export function postgresMissing(): string | null {
  return findBinaries() === null
    ? 'PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb): install postgresql'
    : null;
}

function findBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], 'bin');
}

/** As root: the user that runs the cluster, and its ids. */
function clusterUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { name, uid, gid };
    } catch {
      // No such user: try the next.
    }
  }
  throw new Error('running as root, but neither a postgres nor a nobody user exists');
}

export interface ClusterOptions {
  /**
   * Each commit waits for its WAL to reach the disk (fsync on), as in production: for the
   * bench. Tests run without, which makes them faster and changes no answer.
   */
  durable?: boolean;
}

export function startPostgresCluster(options: ClusterOptions = {}): PostgresCluster {
  const bin = findBinaries();
  if (bin === null) throw new Error(postgresMissing() ?? 'no PostgreSQL');
  const folder = mkdtempSync(join(tmpdir(), 'noaber-pg-'));
  const user = clusterUser();
  if (user !== null) chownSync(folder, user.uid, user.gid);
  const run = (program: string, args: string[]): void => {
    const [file, argv] =
      user === null
        ? [join(bin, program), args]
        : ['runuser', ['-u', user.name, '--', join(bin, program), ...args]];
    execFileSync(file, argv, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
  };
  const data = join(folder, 'data');
  const settings = [
    "listen_addresses=''",
    `unix_socket_directories='${folder}'`,
    `fsync=${options.durable === true ? 'on' : 'off'}`,
    `synchronous_commit=${options.durable === true ? 'on' : 'off'}`,
    'full_page_writes=off',
    'max_connections=200',
    'shared_buffers=32MB',
  ];
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      SUPERUSER,
      '--auth=trust',
      '--locale=C',
      '--encoding=UTF8',
      '--no-sync',
    ]);
    // postgresql.auto.conf is read last: these settings win over postgresql.conf.
    appendFileSync(join(data, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
    run('pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-w', 'start']);
  } catch (error) {
    const log = existsSync(join(folder, 'log')) ? readFileSync(join(folder, 'log'), 'utf8') : '';
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`cannot start a PostgreSQL cluster:\n${log}`, { cause: error });
  }
  return {
    url: databaseUrl(folder, 'postgres'),
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

function databaseUrl(socketFolder: string, database: string): string {
  return `postgresql://${SUPERUSER}@localhost/${database}?host=${encodeURIComponent(socketFolder)}`;
}

/** The same cluster's URL for another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

let created = 0;

/** A new, empty database on the cluster at `clusterUrl`; answers its URL. */
export async function createDatabase(clusterUrl: string, prefix = 'noaber'): Promise<string> {
  const name = `${prefix}_${String(process.pid)}_${String(++created)}_${String(Date.now())}`;
  await adminQuery(clusterUrl, `CREATE DATABASE ${name}`);
  return withDatabase(clusterUrl, name);
}

/** Runs one statement as the cluster's superuser, on the database of `url`. */
export async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whoever runs the tests, for messages. */
export function testUser(): string {
  return userInfo().username;
}
