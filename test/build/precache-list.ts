import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, requireBuild } from '../support/paths.ts';

/** The precache list vite-plugin-pwa injected into dist/sw.js in place of self.__WB_MANIFEST. */
export function precacheUrls(): string[] {
  const sw = readFileSync(requireBuild(join(DIST_DIR, 'sw.js')), 'utf8');
  if (sw.includes('self.__WB_MANIFEST')) throw new Error('dist/sw.js has no precache list');
  const list = sw.match(/\[\{"revision":[^\]]*\]/);
  if (!list) throw new Error('no precache list found in dist/sw.js');
  return (JSON.parse(list[0]) as { url: string }[]).map((entry) => entry.url);
}
