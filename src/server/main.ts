import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { findProjectRoot, readAppVersion } from './project-files.ts';
import { errorCode, StartupError } from './startup-error.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { importRecords } from './sync-service/import-records.ts';
import { municipalToday } from '../shared/dates/municipal-today.ts';
import type { Services } from './services.ts';
import { SqliteStore } from './store/sqlite-store.ts';
import type { Store } from './store/store.ts';
import { openTenants } from './tenants/open-tenants.ts';
import { startMailSender } from './ideas/mail/mail-sender.ts';
import { startRetentionJob } from './privacy/retention-job.ts';

const HISTORY_INTERVAL_MS = 60_000;

/**
 * Starts the central endpoint: one process serving the built app and the API, with the data
 * of each municipality it serves (one, by default) in its store. Several processes may serve
 * the same database. Problems the operator can fix are printed as one line, then exit 1.
 */
async function main(): Promise<void> {
  const projectRoot = findProjectRoot();
  const config = readConfig(process.env, projectRoot);
  const tenants = await openTenants(config);
  const stores = tenants.map((tenant) => tenant.store);
  // How far the history came, for the next start to tell a backup copied back (history-file.ts).
  setInterval(() => {
    for (const store of stores) if (store instanceof SqliteStore) void store.saveHistory();
  }, HISTORY_INTERVAL_MS).unref();
  const app = await buildApp({
    tenants,
    staticDir: config.staticDir,
    version: readAppVersion(projectRoot),
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    demo: config.demo,
    compressResponses: config.compressResponses,
  });
  const single = tenants.length === 1 ? tenants[0] : undefined;

  // A new demo database (no accounts yet) gets the demo accounts and data set, once.
  if (config.demo && single && (await single.services.accounts.needsFirstAdministrator())) {
    const { services } = single;
    const data = await seedDemo(services, {
      today: municipalToday(Date.now()),
      importRecords: (rows) => importRecords(services.store, rows),
    });
    process.stdout.write(
      `Noaber: demo data set created (${data.visits.length} visits, ${data.initiatives.length} initiatives).\n`,
    );
  }

  // Before listening: once the server answers, the first administrator can sign in.
  for (const { services } of tenants) {
    if (config.firstAdministrator && (await services.accounts.needsFirstAdministrator())) {
      const { email, password } = config.firstAdministrator;
      await services.accounts.createFirstAdministrator(email, password);
      process.stdout.write('Noaber: the first administrator was created.\n');
    }
  }
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await closeAll(stores);
    if (errorCode(error) === 'EADDRINUSE') {
      throw new StartupError(`port ${config.port} is already in use; set PORT to a free port.`);
    }
    if (errorCode(error) === 'EACCES') {
      throw new StartupError(`no permission to listen on port ${config.port}; set PORT.`);
    }
    throw error;
  }
  const url = listeningUrl(app.server.address(), config.host);
  for (const { id, store } of tenants) {
    if (store instanceof SqliteStore && store.wentBackAtStart) {
      app.log.warn(
        { tenant: id, epoch: await store.serverEpoch() },
        'the database is older than at the last stop (a backup was restored): devices send what it lacks',
      );
    }
  }
  app.log.info({ url, tenants: tenants.map((tenant) => tenant.id) }, 'Noaber is running');
  // The retention terms, daily; at once when a day passed while the server was down. Not in
  // demo mode: its invented data spans two years, and the demo's figures (and the tests that
  // read them) must not shrink as the calendar moves; Beheer still previews what is due.
  if (!config.demo) {
    startRetentionJob(stores, (error) => app.log.error({ err: error }, 'retention run failed'));
  }
  // Without PUBLIC_URL, links point at the address the server listens on (with PORT=0 its
  // port is known only now; the services hold this settings object and build links from it).
  if (!process.env['PUBLIC_URL']) config.auth.publicUrl = url;
  // Mail to residents (their idea's code, news about it) through each tenant's outbox.
  const senders = tenants.flatMap(({ id, store, services }) =>
    config.smtp && services.mail
      ? [
          startMailSender(store, config.smtp.url, services.mail, {
            onError: (error) => app.log.warn({ tenant: id, err: error }, 'mail round failed'),
          }),
        ]
      : [],
  );
  for (const tenant of tenants) {
    if (await tenant.services.accounts.needsFirstAdministrator()) {
      await printFirstAdministratorLink(tenant.services, single ? null : tenant.id);
    }
  }

  const STOP_GRACE_MS = 5_000;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    for (const sender of senders) sender.stop();
    // Finish the requests under way, then close the databases (SQLite checkpoints its WAL). A
    // request that never ends (a phone that lost its signal halfway through sending) must not
    // keep the server from stopping: after a grace period its connection is cut. Pushes are
    // safe to cut: each is one transaction, and a device resends what it got no answer for.
    setTimeout(() => app.server.closeAllConnections(), STOP_GRACE_MS).unref();
    await app
      .close()
      .then(() => closeAll(stores))
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'error while stopping');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

async function closeAll(stores: readonly Store[]): Promise<void> {
  await Promise.all(stores.map((store) => store.close()));
}

/**
 * A new installation without NOABER_ADMIN_EMAIL/PASSWORD: a one-time link creates the first
 * administrator. It goes to the terminal only, never to the log.
 */
async function printFirstAdministratorLink(
  services: Services,
  tenantId: string | null,
): Promise<void> {
  const { link } = await services.accounts.firstAdministratorLink();
  const whose = tenantId === null ? 'Noaber has' : `Tenant ${tenantId} has`;
  process.stdout.write(
    `\n${whose} no accounts yet. Open this one-time link to create the first administrator:\n\n  ${link}\n\n`,
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
