import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('answers a missing asset with 404, not with the app shell', async () => {
    expect((await get('/assets/missing-abc123.js', PAGE)).status).toBe(404);
    expect((await get('/missing.png')).status).toBe(404);
  });

  it('sends the security headers on pages, assets and API answers', async () => {
    for (const path of ['/', `/assets/${entryScript}`, '/api/health', '/api/nope']) {
      const headers = (await get(path, PAGE)).headers;
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
  });

  it('has no inline script in index.html (the CSP would block it)', async () => {
    const html = await (await get('/', PAGE)).text();
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).toMatch(/\bsrc="/);
      expect(
        script
          .replace(/<script\b[^>]*>/, '')
          .replace('</script>', '')
          .trim(),
      ).toBe('');
    }
  });
});
