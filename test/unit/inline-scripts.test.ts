import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/server/http/inline-scripts.ts';

const sha = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the CSP hashes of the built pages’ inline scripts', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  function pages(files: Record<string, string>): string {
    folder = mkdtempSync(join(tmpdir(), 'noaber-inline-'));
    for (const [name, html] of Object.entries(files)) writeFileSync(join(folder, name), html);
    return folder;
  }

  it('hashes the text of each inline script exactly, whitespace included', () => {
    const script = '\n  (function () { var a = 1; })();\n';
    const dir = pages({ 'index.html': `<body><script>${script}</script></body>` });
    expect(inlineScriptHashes(dir)).toEqual([sha(script)]);
  });

  it('leaves out scripts loaded by src, empty ones, and files that are not the pages', () => {
    const dir = pages({
      'index.html':
        '<script type="module" crossorigin src="/assets/index.js"></script><script> </script>',
      'other.html': '<script>alert(1)</script>',
    });
    expect(inlineScriptHashes(dir)).toEqual([]);
  });

  it('takes both pages, each script once, and nothing when there is no build', () => {
    const dir = pages({
      'index.html': '<script>a()</script><script>b()</script>',
      'idee.html': '<script>a()</script>',
    });
    expect(inlineScriptHashes(dir)).toEqual([sha('a()'), sha('b()')]);
    expect(inlineScriptHashes(join(dir, 'missing'))).toEqual([]);
  });
});
