import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendApiError } from './api-errors.ts';

/**
 * Where a request whose path cannot be percent-decoded (`/%E0%A4%A`, `/api/%zz`) is routed.
 * Fastify would answer such a request itself, before any hook runs: a body of its own shape
 * and none of the security headers. Rewritten to this path it passes the same hooks as any
 * request and answers 400 `invalid-url` in the API error shape. The path starts with a dot,
 * so no page or file of the app can ever have it; asking for it directly gets the same 400.
 */
export const MALFORMED_URL_PATH = '/.malformed-url';

/** Fastify's `rewriteUrl`: the URL unchanged, or MALFORMED_URL_PATH when it cannot be decoded. */
export function rewriteMalformedUrl(request: IncomingMessage): string {
  const url = request.url ?? '/';
  const end = url.search(/[?#]/);
  try {
    decodeURIComponent(end === -1 ? url : url.slice(0, end));
    return url;
  } catch {
    return MALFORMED_URL_PATH;
  }
}

export function registerMalformedUrlRoute(app: FastifyInstance): void {
  const refuse = (reply: FastifyReply) =>
    sendApiError(reply, 400, 'invalid-url', 'the URL is not valid percent-encoding');
  app.route({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    url: MALFORMED_URL_PATH,
    config: { access: 'public' },
    // Answered before any body is read: a broken URL is the whole answer.
    onRequest: async (_request, reply) => {
      await refuse(reply);
    },
    handler: (_request, reply) => refuse(reply),
  });
}
