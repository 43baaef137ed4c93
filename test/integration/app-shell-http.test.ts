import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiErrorReason } from '../../src/shared/api-error.ts';
import { DIST_DIR, requireBuild } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';

const PAGE = { accept: 'text/html,application/xhtml+xml' };

describe('serving the built app', () => {
  let server: InProcessServer;
  let entryScript: string;

  beforeAll(async () => {
    requireBuild(join(DIST_DIR, 'index.html'));
    const script = readdirSync(join(DIST_DIR, 'assets')).find((f) => /^index-.*\.js$/.test(f));
    if (!script) throw new Error('no entry script in dist/assets');
    entryScript = script;
    server = await startInProcessServer({ staticDir: DIST_DIR });
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}${path}`, { headers });

  it('serves index.html, sw.js and the manifest as no-cache, so updates are seen', async () => {
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await get(path, PAGE);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toMatch(
      /^application\/manifest\+json/,
    );
  });

  it('serves content-hashed assets as immutable', async () => {
    const response = await get(`/assets/${entryScript}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a deep link to a screen with the app shell (first visit without a worker)', async () => {
    const response = await get('/kernen', PAGE);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="app">');
  });

  it("answers the resident's pages with their own small page, not the field app (issue 16)", async () => {
    for (const path of ['/idee', '/idee/ACDEF-GHJKM-NPQRT', '/idee?kern=x']) {
      const response = await get(path, PAGE);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('<main id="idee"');
      expect(html, path).not.toContain('<div id="app">');
    }
    // Only /idee and below: a path that merely starts with the letters is the field app's.
    expect(await (await get('/ideeen', PAGE)).text()).toContain('<div id="app">');
  });

  it('answers a missing asset with 404, not with the app shell', async () => {
    expect((await get('/assets/missing-abc123.js', PAGE)).status).toBe(404);
    expect((await get('/missing.png')).status).toBe(404);
  });

  it('sends the security headers on pages, the worker and API answers', async () => {
    for (const path of ['/', '/idee', '/sw.js', '/api/health', '/api/nope']) {
      expectSecurityHeaders((await get(path, PAGE)).headers, path);
    }
  });

  it('sends a hashed file only the security headers that act on a file', async () => {
    const { headers } = await get(`/assets/${entryScript}`, { 'accept-encoding': 'br' });
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
    for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy']) {
      expect(headers.get(name), name).toBeNull();
    }
    expect(headers.get('last-modified')).toBeNull();
  });

  /*
   * Requests the server refuses, sent byte for byte as written (fetch would normalise `..`
   * and refuse a broken escape before sending): each answers in the API error shape with
   * every security header, also to a browser asking for a page.
   */
  it.each([
    ['GET', '/%E0%A4%A', 400, 'invalid-url'],
    ['GET', '/api/%zz', 400, 'invalid-url'],
    ['POST', '/api/sync/push%zz', 400, 'invalid-url'],
    ['GET', '/kernen/%', 400, 'invalid-url'],
    ['GET', '/.vite/manifest.json', 404, 'not-found'],
    ['GET', '/.env', 404, 'not-found'],
    ['GET', '/assets/../../package.json', 404, 'not-found'],
    ['GET', '/%2e%2e/%2e%2e/package.json', 404, 'not-found'],
    ['GET', '/assets/..%2f..%2fpackage.json', 404, 'not-found'],
    ['GET', '/..%5c..%5cpackage.json', 404, 'not-found'],
    ['GET', '/sw.js.map', 404, 'not-found'],
    ['GET', '/assets/ENTRY.map', 404, 'not-found'],
    ['GET', '/assets/%00.js', 404, 'not-found'],
    ['POST', '/index.html', 405, 'method-not-allowed'],
    ['DELETE', '/', 405, 'method-not-allowed'],
    ['PUT', '/kernen', 405, 'method-not-allowed'],
  ])('%s %s answers %i %s with every security header', async (method, rawPath, status, reason) => {
    const path = rawPath.replace('ENTRY', entryScript);
    const response = await rawRequest(server.baseUrl, method, path, PAGE);
    expect(response.status, response.body.slice(0, 200)).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(response.body) as { error: { reason: unknown; message: unknown } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.reason).toBe(reason);
    expect(isApiErrorReason(body.error.reason)).toBe(true);
    expect(typeof body.error.message).toBe('string');
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(new Headers(response.headers as Record<string, string>), path);
    if (status === 405) expect(response.headers['allow']).toBe('GET, HEAD');
  });

  it('keeps source maps in dist/ for reading a stack trace, but the bundles do not point at them', () => {
    const script = readFileSync(join(DIST_DIR, 'assets', entryScript), 'utf8');
    expect(existsSync(join(DIST_DIR, 'assets', `${entryScript}.map`))).toBe(true);
    expect(script).not.toContain('sourceMappingURL');
  });

  it('allows exactly the inline scripts of the pages, by their hash', async () => {
    for (const path of ['/', '/idee']) {
      const response = await get(path, PAGE);
      const csp = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
      for (const [, script] of inline) {
        const hash = createHash('sha256')
          .update(script ?? '', 'utf8')
          .digest('base64');
        expect(csp, path).toContain(`'sha256-${hash}'`);
      }
      // The script-src names 'self' and these hashes only.
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
      expect(scriptSrc.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
      expect(scriptSrc.length - 1, path).toBeLessThanOrEqual(1);
    }
    // index.html carries one: the first-screen guard.
    expect((await (await get('/', PAGE)).text()).match(/<script>/g)?.length).toBe(1);
  });

  it('carries the sign-in form in index.html, rendered at build time', async () => {
    const html = await (await get('/', PAGE)).text();
    expect(html).toContain('<h1 id="screen-title"');
    expect(html).toMatch(/<form[^>]*method="post"/);
    expect(html).toMatch(/<label[^>]*for="email"/);
    expect(html).toMatch(/<input[^>]*id="password"[^>]*type="password"/);
  });
});

function expectSecurityHeaders(headers: Headers, path: string): void {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp, path).toContain("script-src 'self'");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("default-src 'self'");
  expect(csp, path).not.toContain('unsafe-inline');
  expect(csp, path).not.toContain('unsafe-eval');
  expect(headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(headers.get('referrer-policy'), path).toBe('no-referrer');
  expect(headers.get('x-frame-options'), path).toBe('DENY');
}

/** One request with its path sent exactly as given. */
function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, method, path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.on('error', reject);
    // A body on a POST to a broken URL must not change the answer.
    if (method === 'POST') request.end('{not json');
    else request.end();
  });
}
