import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, requireBuild } from '../support/paths.ts';
import { precacheUrls } from './precache-list.ts';

/** Formats that are compressed already: a .br or .gz of them would only cost build time. */
const COMPRESSED_FORMAT = /\.(png|woff2)$/;

/** Every file the server may send, relative to dist/ (not .vite/ or the source maps it refuses). */
function servedFiles(dir = requireBuild(DIST_DIR)): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) return [];
    if (entry.isDirectory()) return servedFiles(path);
    if (/\.(map|br|gz)$/.test(entry.name)) return [];
    return [relative(DIST_DIR, path).replaceAll('\\', '/')];
  });
}

function expectPrecompressed(file: string): void {
  const original = readFileSync(join(DIST_DIR, file));
  for (const [suffix, decode] of [
    ['.br', brotliDecompressSync],
    ['.gz', gunzipSync],
  ] as const) {
    const compressed = join(DIST_DIR, file + suffix);
    expect(existsSync(compressed), file + suffix).toBe(true);
    expect(decode(readFileSync(compressed)).equals(original), `${file}${suffix} is stale`).toBe(
      true,
    );
  }
}

/** Issue 19: the server sends files precompressed, so the build must have written them all. */
describe('the precompressed build (dist/)', () => {
  it('has a .br and a .gz of every precached file, with the same content', () => {
    const urls = precacheUrls();
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls.filter((u) => !COMPRESSED_FORMAT.test(u))) expectPrecompressed(url);
  });

  it('has them for the files outside the precache too: sw.js itself, every text file', () => {
    const files = servedFiles();
    expect(files).toContain('sw.js');
    for (const file of files.filter((f) => !COMPRESSED_FORMAT.test(f))) expectPrecompressed(file);
  });

  it('precaches the originals only: the worker fetches, the server picks the encoding', () => {
    for (const url of precacheUrls()) expect(url).not.toMatch(/\.(br|gz)$/);
  });
});
