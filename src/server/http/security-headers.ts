import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';

export interface SecurityHeaderOptions {
  /**
   * CSP sources ('sha256-…') of the inline scripts the built pages carry (inline-scripts.ts):
   * exactly those may run, no other inline script.
   */
  inlineScriptHashes?: readonly string[];
}

/**
 * Security headers on every response. The Content-Security-Policy allows nothing from other
 * origins and no inline script but the ones the build put in the pages, by hash: the app is
 * one origin serving its own files and API.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: SecurityHeaderOptions = {},
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...(options.inlineScriptHashes ?? [])],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // The app embeds nothing cross-origin; COEP would only block future images of our own CDN.
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Headers that act only on a document or a worker: the page's policy, framing, referrer,
 * HSTS and the like. A script or style sheet the page loads runs under the page's policy.
 */
const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

/**
 * A content-hashed file (/assets/: a script, style sheet or font, never a page or a worker)
 * keeps only the security headers that act on such a file: nosniff and
 * Cross-Origin-Resource-Policy. The rest was some 650 bytes on each of about 100 files of a
 * first visit, a quarter of what the precache moved on a 3G line.
 */
export function keepFileSecurityHeaders(response: Pick<ServerResponse, 'removeHeader'>): void {
  for (const name of DOCUMENT_ONLY_HEADERS) response.removeHeader(name);
}
