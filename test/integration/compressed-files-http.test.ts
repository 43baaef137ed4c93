import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR, requireBuild } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { rawRequest, type RawAnswer } from '../support/raw-http.ts';

const PAGE = 'text/html,application/xhtml+xml';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built files go precompressed (issue 19): brotli to a client that accepts it, else gzip,
 * and the file itself only to a client that asks for nothing; each with its cache and
 * security headers, and `Vary: Accept-Encoding`.
 */
describe('serving the built app precompressed', () => {
  let server: InProcessServer;
  let files: { path: string; file: string; cache: string; type: RegExp }[];

  beforeAll(async () => {
    requireBuild(join(DIST_DIR, 'index.html'));
    const assets = readdirSync(join(DIST_DIR, 'assets'));
    const script = assets.find((f) => /^index-.*\.js$/.test(f));
    const style = assets.find((f) => /^index-.*\.css$/.test(f));
    if (!script || !style) throw new Error('no entry script or style in dist/assets');
    files = [
      { path: '/', file: 'index.html', cache: 'no-cache', type: /^text\/html/ },
      { path: '/kernen', file: 'index.html', cache: 'no-cache', type: /^text\/html/ },
      { path: '/sw.js', file: 'sw.js', cache: 'no-cache', type: /javascript/ },
      {
        path: '/manifest.webmanifest',
        file: 'manifest.webmanifest',
        cache: 'no-cache',
        type: /^application\/manifest\+json/,
      },
      { path: '/favicon.svg', file: 'favicon.svg', cache: 'no-cache', type: /^image\/svg\+xml/ },
      { path: `/assets/${script}`, file: `assets/${script}`, cache: IMMUTABLE, type: /javascript/ },
      { path: `/assets/${style}`, file: `assets/${style}`, cache: IMMUTABLE, type: /^text\/css/ },
    ];
    server = await startInProcessServer({ staticDir: DIST_DIR });
  });
  afterAll(() => server.close());

  const get = (path: string, acceptEncoding?: string) =>
    rawRequest(`${server.baseUrl}${path}`, {
      headers: { accept: PAGE, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
    });
  const original = (file: string) => readFileSync(join(DIST_DIR, file));

  function expectKeptHeaders(answer: RawAnswer, cache: string, type: RegExp, what: string) {
    expect(answer.status, what).toBe(200);
    expect(answer.headers['cache-control'], what).toBe(cache);
    expect(answer.headers['content-type'], what).toMatch(type);
    expect(answer.headers['vary'], what).toMatch(/accept-encoding/i);
    // A page or the worker keeps its policy; a hashed file needs none (security-headers.ts).
    if (cache === IMMUTABLE)
      expect(answer.headers['content-security-policy'], what).toBeUndefined();
    else expect(answer.headers['content-security-policy'], what).toContain("default-src 'self'");
    expect(answer.headers['x-content-type-options'], what).toBe('nosniff');
  }

  it('sends brotli to a client that accepts it, as a browser asks', async () => {
    for (const { path, file, cache, type } of files) {
      for (const accept of ['br', 'gzip, deflate, br, zstd']) {
        const answer = await get(path, accept);
        expectKeptHeaders(answer, cache, type, `${path} (${accept})`);
        expect(answer.headers['content-encoding'], path).toBe('br');
        expect(brotliDecompressSync(answer.body).equals(original(file)), path).toBe(true);
        // The file the build wrote (brotli 11), not one compressed per request.
        expect(answer.body.equals(original(`${file}.br`)), path).toBe(true);
        expect(answer.body.length, path).toBeLessThan(original(file).length);
      }
    }
  });

  it('sends gzip to a client that accepts gzip only', async () => {
    for (const { path, file, cache, type } of files) {
      const answer = await get(path, 'gzip');
      expectKeptHeaders(answer, cache, type, path);
      expect(answer.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(answer.body).equals(original(file)), path).toBe(true);
      expect(answer.body.equals(original(`${file}.gz`)), path).toBe(true);
    }
  });

  it('sends the file itself to a client that asks for no encoding', async () => {
    for (const { path, file, cache, type } of files) {
      for (const answer of [await get(path), await get(path, 'identity')]) {
        expectKeptHeaders(answer, cache, type, path);
        expect(answer.headers['content-encoding'], path).toBeUndefined();
        expect(answer.body.equals(original(file)), path).toBe(true);
      }
    }
  });

  it('sends an icon as it is: PNG is compressed already', async () => {
    const answer = await get('/icons/icon-192.png', 'br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(original('icons/icon-192.png'))).toBe(true);
  });
});
