import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budget for the JavaScript a first visit loads before the first screen shows (issue #2). */
export const INITIAL_JS_BUDGET_GZIP_BYTES = 60 * 1024;
/** Budget for the resident's idea form and status page (idee.html, issue 16). */
export const IDEE_JS_BUDGET_GZIP_BYTES = 20 * 1024;
/** The floor of this stack (Preact + Dexie + workbox-window, one screen), the baseline. */
export const STACK_FLOOR_GZIP_BYTES = 41 * 1024;

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface InitialJsReport {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

/**
 * The initial JavaScript: the entry chunk, everything it imports statically, and the
 * workbox-window chunk that the service-worker registration imports at start. Screens that
 * load later (lazy routes) are not counted; they are precached for offline use instead.
 */
export function measureInitialJs(distDir: string): InitialJsReport {
  return measureEntryJs(distDir, 'index.html', true);
}

/**
 * The JavaScript one page (an HTML entry of the build) loads before it works: its entry
 * chunk and everything that imports statically; with `workbox`, also the workbox-window
 * chunk the field app's service-worker registration imports at start.
 */
export function measureEntryJs(distDir: string, page: string, workbox = false): InitialJsReport {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const entryKey = manifest[page]?.isEntry ? page : undefined;
  if (!entryKey) throw new Error(`the vite manifest has no entry ${page}`);

  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entryKey);
  for (const key of Object.keys(manifest)) {
    if (workbox && key.includes('workbox-window')) visit(key);
  }

  const files = [...keys]
    .map((key) => manifest[key]?.file)
    .filter((file): file is string => file !== undefined && file.endsWith('.js'))
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length }));
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
