import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));
export const SERVER_ENTRY = fileURLToPath(
  new URL('../../build/server/server/main.js', import.meta.url),
);

/** The build and e2e layers test the real build output; `npm test` builds before them. */
export function requireBuild(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first`);
  return path;
}
