import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { findProjectRoot, readAppVersion } from './project-files.ts';
import { errorCode, StartupError } from './startup-error.ts';
import { seedReferenceData } from './seed/seed-reference-data.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { importRecords } from './sync-service/import-records.ts';
import { municipalToday } from '../shared/dates/municipal-today.ts';
import { createServices, type Services } from './services.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

const HISTORY_INTERVAL_MS = 60_000;

/**
 * Starts the central endpoint: one process serving the built app and the API, with its data
 * in an SQLite file. Problems the operator can fix are printed as one line, then exit 1.
 */
async function main(): Promise<void> {
  const projectRoot = findProjectRoot();
  const config = readConfig(process.env, projectRoot);
  const store = openSqliteStore(config.dataDir);
  // How far the history came, for the next start to tell a backup copied back (history-file.ts).
  setInterval(() => store.saveHistory(), HISTORY_INTERVAL_MS).unref();
  seedReferenceData(store, config.seed);
  const services = createServices(store, config.auth, Date.now, config.pushRateLimit);
  const app = await buildApp({
    services,
    staticDir: config.staticDir,
    version: readAppVersion(projectRoot),
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    demo: config.demo,
    compressResponses: config.compressResponses,
  });

  // A new demo database (no accounts yet) gets the demo accounts and data set, once.
  if (config.demo && services.accounts.needsFirstAdministrator()) {
    const data = await seedDemo(services, {
      today: municipalToday(Date.now()),
      importRecords: (rows) => {
        importRecords(services.store, rows);
      },
    });
    process.stdout.write(
      `Noaber: demo data set created (${data.visits.length} visits, ${data.initiatives.length} initiatives).\n`,
    );
  }

  // Before listening: once the server answers, the first administrator can sign in.
  if (config.firstAdministrator && services.accounts.needsFirstAdministrator()) {
    const { email, password } = config.firstAdministrator;
    await services.accounts.createFirstAdministrator(email, password);
    process.stdout.write('Noaber: the first administrator was created.\n');
  }
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    store.close();
    if (errorCode(error) === 'EADDRINUSE') {
      throw new StartupError(`port ${config.port} is already in use; set PORT to a free port.`);
    }
    if (errorCode(error) === 'EACCES') {
      throw new StartupError(`no permission to listen on port ${config.port}; set PORT.`);
    }
    throw error;
  }
  const url = listeningUrl(app.server.address(), config.host);
  if (store.wentBackAtStart) {
    app.log.warn(
      { epoch: store.serverEpoch },
      'the database is older than at the last stop (a backup was restored): devices send what it lacks',
    );
  }
  app.log.info({ url }, 'Noaber is running');
  // Without PUBLIC_URL, links point at the address the server listens on (with PORT=0 its
  // port is known only now; the services hold this settings object and build links from it).
  if (!process.env['PUBLIC_URL']) config.auth.publicUrl = url;
  if (services.accounts.needsFirstAdministrator()) printFirstAdministratorLink(services);

  const STOP_GRACE_MS = 5_000;
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    // Finish the requests under way, then close the database so its WAL is checkpointed. A
    // request that never ends (a phone that lost its signal halfway through sending) must not
    // keep the server from stopping: after a grace period its connection is cut. Pushes are
    // safe to cut: each is one transaction, and a device resends what it got no answer for.
    setTimeout(() => app.server.closeAllConnections(), STOP_GRACE_MS).unref();
    app
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'error while stopping');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * A new installation without NOABER_ADMIN_EMAIL/PASSWORD: a one-time link creates the first
 * administrator. It goes to the terminal only, never to the log.
 */
function printFirstAdministratorLink(services: Services): void {
  const { link } = services.accounts.firstAdministratorLink();
  process.stdout.write(
    `\nNoaber has no accounts yet. Open this one-time link to create the first administrator:\n\n  ${link}\n\n`,
  );
}

/** The address to open in a browser; tests read it to find the port the system chose. */
function listeningUrl(address: AddressInfo | string | null, host: string): string {
  if (address === null || typeof address === 'string') return String(address);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`noaber: ${error.message}\n`);
  } else {
    process.stderr.write(`noaber: could not start: ${String(error)}\n`);
  }
  process.exit(1);
});
