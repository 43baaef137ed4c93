import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built pages; only they may carry an inline script. */
const PAGES = ['index.html', 'idee.html'];

/** A <script> element without src: its text is the script. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The CSP sources ('sha256-…') that allow exactly the inline scripts of the built pages
 * (index.html's first-screen guard), read from the files the server sends: a changed script
 * gets a new hash with the next build, and any other inline script stays blocked.
 */
export function inlineScriptHashes(staticDir: string): string[] {
  const hashes = new Set<string>();
  for (const page of PAGES) {
    const file = join(staticDir, page);
    if (!existsSync(file)) continue;
    for (const [, script] of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) {
      if (!script?.trim()) continue;
      hashes.add(`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes];
}
