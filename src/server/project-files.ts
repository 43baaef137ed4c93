import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds Noaber's package.json. The server runs both from src/ (tests) and
 * from build/server/ (npm start), so it looks upwards instead of assuming a depth.
 */
export function findProjectRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && readPackageJson(candidate).name === 'noaber') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no Noaber package.json above ${from}`);
    dir = parent;
  }
}

export function readAppVersion(projectRoot: string): string {
  return readPackageJson(join(projectRoot, 'package.json')).version ?? '0.0.0';
}

function readPackageJson(file: string): { name?: string; version?: string } {
  return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
}
