import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendApiError } from './api-errors.ts';
import { isRefusedStaticPath } from './refused-paths.ts';
import { keepFileSecurityHeaders } from './security-headers.ts';

/** Vite puts content-hashed files here: their names change with their content. */
const HASHED_ASSETS_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change under the same name: the browser must ask each time. */
const REVALIDATE = 'no-cache';

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/**
 * Serves the built app (dist/): hashed assets as immutable, index.html, sw.js and the
 * manifest as no-cache so that an update is seen on the next check; each file precompressed
 * (brotli or gzip) for a client that accepts it, with `Vary: Accept-Encoding`. Unknown paths outside
 * /api/ that ask for a page get index.html, so a deep link (/kernen) works on a first visit;
 * unknown /api/ paths get a JSON 404, and so do refused paths (refused-paths.ts) and
 * unknown files; any other method than GET or HEAD outside /api/ gets a JSON 405.
 */
export async function registerAppShell(app: FastifyInstance, staticDir: string): Promise<void> {
  const hasBuild = existsSync(join(staticDir, 'index.html'));
  if (hasBuild) {
    app.addHook('onSend', async (request, reply, payload) => {
      // Only a file actually sent: every error answer, also under /assets/, keeps them all.
      if (reply.statusCode === 200 && pathOf(request).startsWith(HASHED_ASSETS_PREFIX)) {
        keepFileSecurityHeaders(reply.raw);
      }
      return payload;
    });
    await app.register(fastifyStatic, {
      root: staticDir,
      cacheControl: false,
      // The ETag is enough to revalidate index.html, sw.js and the manifest; a hashed file is
      // never revalidated. Last-Modified would only add bytes to every answer.
      lastModified: false,
      // The build writes a .br and a .gz beside every text file (vite.config.ts): a client
      // that accepts brotli gets the .br, else gzip the .gz, one that asks for nothing the
      // file itself. Content-Type stays the original file's.
      preCompressed: true,
      // A folder name must not list files or redirect; the router knows the pages.
      redirect: false,
      // Refused paths fall through to the not-found handler below, which refuses them too.
      allowedPath: (pathName) => !isRefusedStaticPath(pathName),
      setHeaders(res, filePath) {
        const relative = filePath.slice(staticDir.length).replaceAll('\\', '/');
        res.setHeader(
          'cache-control',
          relative.startsWith(HASHED_ASSETS_PREFIX) ? IMMUTABLE : REVALIDATE,
        );
        // The same URL has three bodies: a cache must key them by what the client accepts.
        res.setHeader('vary', 'accept-encoding');
      },
    });
  } else {
    app.log.warn(`no built app in ${staticDir}: run "npm run build"; serving the API only`);
  }

  // Unknown API paths answer 404 before any body is read: a broken body sent to a route that
  // does not exist is still "no such route", and nothing of it is parsed.
  const unknownApiRoute = (request: FastifyRequest, reply: FastifyReply) =>
    sendApiError(reply, 404, 'not-found', `no API route ${request.method} ${pathOf(request)}`);
  app.route({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    url: '/api/*',
    config: { access: 'public' },
    onRequest: async (request, reply) => {
      await unknownApiRoute(request, reply);
    },
    handler: unknownApiRoute,
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    // Outside /api/ there are only files and pages to read.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      void reply.header('allow', 'GET, HEAD');
      return sendApiError(
        reply,
        405,
        'method-not-allowed',
        `${request.method} is not allowed here`,
      );
    }
    if (isRefusedStaticPath(path)) return sendApiError(reply, 404, 'not-found', 'no such file');
    const wantsPage =
      !path.startsWith(HASHED_ASSETS_PREFIX) &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasBuild && wantsPage) {
      // The resident's pages are their own small page (idee.html), not the field app.
      const page = path === '/idee' || path.startsWith('/idee/') ? 'idee.html' : 'index.html';
      return reply.header('cache-control', REVALIDATE).sendFile(page);
    }
    return sendApiError(reply, 404, 'not-found', `no file ${path}`);
  });
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '/';
}
