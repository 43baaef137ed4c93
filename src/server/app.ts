import Fastify, { type FastifyInstance } from 'fastify';
import type { LogLevel, TrustProxy } from './config.ts';
import { registerApiErrorHandler } from './http/api-errors.ts';
import { registerCompression } from './http/compression.ts';
import { isApiPath, registerAppShell } from './http/app-shell.ts';
import { registerMalformedUrlRoute, rewriteMalformedUrl } from './http/malformed-url.ts';
import { inlineScriptHashes } from './http/inline-scripts.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerAuthorization } from './auth/authorization.ts';
import { registerAdminUserRoutes } from './routes/admin-user-routes.ts';
import { registerAuthRoutes } from './routes/auth-routes.ts';
import { registerDemoRoutes } from './routes/demo-routes.ts';
import { registerExportAuditRoutes } from './routes/export-audit-routes.ts';
import { registerHealthRoute } from './routes/health.ts';
import { registerIdeaRoutes } from './routes/idea-routes.ts';
import { registerPrivacyRoutes } from './routes/privacy-routes.ts';
import { registerQuarantineRoutes } from './routes/quarantine-routes.ts';
import { registerReferenceRoutes } from './routes/reference-routes.ts';
import { registerSyncRoutes } from './routes/sync-routes.ts';
import type { Services } from './services.ts';
import { hostPattern } from './tenants/host-pattern.ts';
import { MAX_BODY_BYTES } from '../shared/sync-protocol/push-size.ts';

/** Largest JSON body the API reads; sync batches stay well below it (push-size.ts). */
export { MAX_BODY_BYTES };

/** A municipality the app serves: its host names (null: every host) and its services. */
export interface TenantApp {
  id: string;
  hosts: readonly string[] | null;
  services: Services;
}

export interface AppOptions {
  /**
   * The municipalities served. Each gets the whole API over its own store, reached only
   * through its host names; one tenant with hosts null answers every host (the default).
   */
  tenants: readonly TenantApp[];
  staticDir: string;
  version: string;
  logLevel: LogLevel;
  /** TRUST_PROXY: whose X-Forwarded-For/-Proto count (request.ip, request.protocol). */
  trustProxy?: TrustProxy;
  /** Demo mode: the sign-in page may ask for the demo accounts (`GET /api/demo`). */
  demo?: boolean;
  /** Compress API answers (default); off only for the bench (NOABER_COMPRESS_RESPONSES=0). */
  compressResponses?: boolean;
}

/**
 * The whole HTTP server, without listening: main.ts listens, tests may too (on port 0).
 * Personal data never reaches the logs: requests are logged by method and path only.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: options.trustProxy ?? false,
    // A path that cannot be decoded goes through the hooks like any request (malformed-url.ts).
    rewriteUrl: rewriteMalformedUrl,
    // Fastify's defaults would turn 42 into "42" and drop unknown fields silently: a body of
    // the wrong shape must be refused instead.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false } },
    logger: {
      level: options.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'res.body'],
      serializers: {
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
        }),
      },
    },
  });

  registerApiErrorHandler(app);
  // JSON is the only body the API reads; a text/plain string never reaches a handler.
  app.removeContentTypeParser('text/plain');
  await registerSecurityHeaders(app, { inlineScriptHashes: inlineScriptHashes(options.staticDir) });
  // Before every route: its hooks attach to the routes registered after it.
  await registerCompression(app, { responses: options.compressResponses ?? true });
  app.addHook('onSend', async (request, reply, payload) => {
    // API answers are personal and change constantly: no cache may keep them.
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });

  for (const tenant of options.tenants) {
    // An encapsulated context per tenant: its routes carry Fastify's host constraint, so a
    // request reaches only the services (and the store) of the host it was sent to.
    await app.register((scope, _options, done) => {
      if (tenant.hosts !== null) {
        const host = hostPattern(tenant.hosts);
        scope.addHook('onRoute', (route) => {
          route.constraints = { ...route.constraints, host };
        });
      }
      registerTenantRoutes(scope, tenant.services, options);
      done();
    });
  }
  registerMalformedUrlRoute(app);
  await registerAppShell(app, options.staticDir);
  return app;
}

function registerTenantRoutes(app: FastifyInstance, services: Services, options: AppOptions): void {
  registerAuthorization(app, services.sessions);
  registerHealthRoute(app, { store: services.store, version: options.version });
  registerAuthRoutes(app, services);
  registerAdminUserRoutes(app, services);
  registerReferenceRoutes(app, services);
  registerSyncRoutes(app, services);
  registerQuarantineRoutes(app, services);
  registerExportAuditRoutes(app, services);
  registerIdeaRoutes(app, services);
  registerPrivacyRoutes(app, services);
  if (options.demo) registerDemoRoutes(app, services);
}
