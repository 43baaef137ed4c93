import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/server/startup-error.ts';
import { hostPattern } from '../../src/server/tenants/host-pattern.ts';
import { readTenants, SINGLE_TENANT_ID } from '../../src/server/tenants/tenant-config.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const dir = makeTempDir('tenants');
afterAll(() => dir.remove());

function fileWith(content: unknown): string {
  const file = join(dir.path, `tenants-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('TENANTS_FILE', () => {
  it('without it: one tenant answering every host, with the server seed', () => {
    expect(readTenants(undefined, 'none')).toEqual([
      { id: SINGLE_TENANT_ID, hosts: null, publicUrl: null, seed: 'none' },
    ]);
  });

  it('reads each municipality with its hosts, link base and seed', () => {
    const file = fileWith({
      tenants: [
        { id: 'dalfsen', hosts: ['Noaber.Dalfsen.nl', 'gv.dalfsen.nl'] },
        {
          id: 'ommen',
          hosts: ['noaber.ommen.nl'],
          publicUrl: 'https://ommen.example/',
          seed: 'none',
        },
      ],
    });
    expect(readTenants(file, 'dalfsen')).toEqual([
      {
        id: 'dalfsen',
        hosts: ['noaber.dalfsen.nl', 'gv.dalfsen.nl'],
        publicUrl: 'https://noaber.dalfsen.nl',
        seed: 'dalfsen',
      },
      { id: 'ommen', hosts: ['noaber.ommen.nl'], publicUrl: 'https://ommen.example', seed: 'none' },
    ]);
  });

  it.each([
    ['not JSON', '{tenants'],
    ['no tenants', { tenants: [] }],
    ['an id that is no schema name', { tenants: [{ id: 'Dalfsen-1', hosts: ['a.nl'] }] }],
    ['a host with a port', { tenants: [{ id: 'a', hosts: ['a.nl:8080'] }] }],
    ['a host with a scheme', { tenants: [{ id: 'a', hosts: ['https://a.nl'] }] }],
    ['no hosts', { tenants: [{ id: 'a', hosts: [] }] }],
    ['an unknown field', { tenants: [{ id: 'a', hosts: ['a.nl'], database: 'x' }] }],
    [
      'an id twice',
      {
        tenants: [
          { id: 'a', hosts: ['a.nl'] },
          { id: 'a', hosts: ['b.nl'] },
        ],
      },
    ],
    [
      'a host twice',
      {
        tenants: [
          { id: 'a', hosts: ['a.nl'] },
          { id: 'b', hosts: ['A.nl'] },
        ],
      },
    ],
  ])('refuses %s with a one-line reason', (_case, content) => {
    expect(() => readTenants(fileWith(content), 'dalfsen')).toThrow(StartupError);
  });

  it('refuses a file that is not there', () => {
    expect(() => readTenants(join(dir.path, 'missing.json'), 'dalfsen')).toThrow(StartupError);
  });
});

describe('hostPattern', () => {
  const pattern = hostPattern(['noaber.dalfsen.nl', 'gv.dalfsen.nl']);

  it('matches its host names in any case, with or without a port', () => {
    for (const host of ['noaber.dalfsen.nl', 'NOABER.dalfsen.NL', 'gv.dalfsen.nl:443']) {
      expect(pattern.test(host), host).toBe(true);
    }
  });

  it('matches nothing else: no other host, no suffix or prefix, no look-alike', () => {
    for (const host of [
      'noaber.ommen.nl',
      'evil.noaber.dalfsen.nl',
      'noaber.dalfsen.nl.evil.nl',
      'noaberXdalfsen.nl',
      'noaber.dalfsen.nl:abc',
      '',
    ]) {
      expect(pattern.test(host), host).toBe(false);
    }
  });
});
