import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, requireBuild } from '../support/paths.ts';
import {
  IDEE_JS_BUDGET_GZIP_BYTES,
  INITIAL_JS_BUDGET_GZIP_BYTES,
  measureEntryJs,
  measureInitialJs,
} from './initial-js.ts';
import { precacheUrls } from './precache-list.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

function readDist(file: string): string {
  return readFileSync(requireBuild(join(DIST_DIR, file)), 'utf8');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the built app (dist/)', () => {
  it('has an installable manifest: name, Dutch lang, standalone, theme colour, icons', () => {
    const manifest = JSON.parse(readDist('manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Noaber',
      short_name: 'Noaber',
      lang: 'nl',
      display: 'standalone',
      start_url: '/',
      scope: '/',
    });
    expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/i);
    expect(readDist('index.html')).toContain('<link rel="manifest" href="/manifest.webmanifest">');

    const icons = manifest['icons'] as ManifestIcon[];
    const wanted = [
      { sizes: '192x192', purpose: 'any' },
      { sizes: '512x512', purpose: 'any' },
      { sizes: '512x512', purpose: 'maskable' },
    ];
    for (const { sizes, purpose } of wanted) {
      const icon = icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any').split(' ').includes(purpose));
      expect(icon, `${sizes} ${purpose}`).toBeDefined();
      expect(icon!.type).toBe('image/png');
      const file = join(DIST_DIR, icon!.src);
      expect(existsSync(file), icon!.src).toBe(true);
      const [width, height] = sizes.split('x').map(Number);
      expect(pngSize(file)).toEqual({ width, height });
    }
  });

  it('precaches the app shell and every screen, and nothing under /api/', () => {
    const urls = precacheUrls();
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    const html = readDist('index.html');
    for (const [, asset] of html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)) {
      expect(urls).toContain(asset);
    }
    // Lazy screens must be there too, or they would not open offline.
    const manifest = JSON.parse(readDist('.vite/manifest.json')) as Record<string, { file: string }>;
    for (const chunk of Object.values(manifest)) expect(urls).toContain(chunk.file);
    for (const url of urls) {
      expect(url).not.toMatch(/^\/?api(\/|$)/);
      expect(url).not.toMatch(/\.map$/);
    }
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('builds sw.js as a classic worker script (no import, no import.meta)', () => {
    // A module statement in it and the browser refuses the whole worker: no offline app.
    expect(() => new Script(readDist('sw.js'), { filename: 'sw.js' })).not.toThrow();
  });

  it('leaves the install icons out of the precache (issue 19)', () => {
    expect(precacheUrls().filter((url) => url.endsWith('.png'))).toEqual([]);
  });

  it("starts the field app's page with at most six files, one round trip on HTTP/1.1", () => {
    // A browser opens six connections to a host: a seventh file waits for a whole round trip.
    const html = readDist('index.html');
    const files = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/(assets\/[^"]+)"/g)];
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(6);
  });

  it("never makes a field-app file import the resident's page (it would run it)", () => {
    const manifest = JSON.parse(readDist('.vite/manifest.json')) as Record<string, { file: string }>;
    const residentEntry = manifest['idee.html']?.file;
    expect(residentEntry).toBeDefined();
    const name = residentEntry!.replace('assets/', '');
    for (const chunk of Object.values(manifest)) {
      if (chunk.file === residentEntry || !chunk.file.endsWith('.js')) continue;
      expect(readDist(chunk.file), chunk.file).not.toContain(`./${name}`);
    }
  });

  it('stays within the initial JavaScript budget', () => {
    const report = measureInitialJs(DIST_DIR);
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.totalGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP_BYTES);
  });

  it("keeps the resident's idea form small and apart from the field app (issue 16)", () => {
    const report = measureEntryJs(DIST_DIR, 'idee.html');
    expect(report.totalGzipBytes).toBeLessThanOrEqual(IDEE_JS_BUDGET_GZIP_BYTES);
    const code = report.files.map(({ file }) => readDist(file)).join('\n');
    // No Dexie, no Preact, no field-app screen: a resident's phone loads none of them.
    expect(code).not.toMatch(/Dexie|__PREACT|preact/i);
    expect(code).not.toContain('Vandaag');
    // Precached, so that after one visit the form opens offline.
    const urls = precacheUrls();
    expect(urls).toContain('idee.html');
    for (const { file } of report.files) expect(urls).toContain(file);
  });
});
