import { describe, expect, it } from 'vitest';
import { adminEn } from '../../src/app/i18n/admin-messages-en.ts';
import { adminNl } from '../../src/app/i18n/admin-messages-nl.ts';
import { moreEn } from '../../src/app/i18n/more-messages-en.ts';
import { moreNl } from '../../src/app/i18n/more-messages-nl.ts';
import { plural } from '../../src/app/i18n/plural.ts';
import { recordEn } from '../../src/app/i18n/record-messages-en.ts';
import { recordNl } from '../../src/app/i18n/record-messages-nl.ts';
import { revokedEn } from '../../src/app/i18n/revoked-messages-en.ts';
import { revokedNl } from '../../src/app/i18n/revoked-messages-nl.ts';
import { syncEn } from '../../src/app/i18n/sync-messages-en.ts';
import { syncNl } from '../../src/app/i18n/sync-messages-nl.ts';
import { overviewEn } from '../../src/app/overview/overview-messages-en.ts';
import { overviewNl } from '../../src/app/overview/overview-messages-nl.ts';

const CATALOGUES: Record<string, Record<string, string>> = {
  adminNl,
  adminEn,
  moreNl,
  moreEn,
  recordNl,
  recordEn,
  revokedNl,
  revokedEn,
  syncNl,
  syncEn,
  overviewNl,
  overviewEn,
};

describe('counts in words', () => {
  it('take the one form for exactly 1 and the other form for every other count', () => {
    const key = (count: number | string) => plural(count, 'search.countOne', 'search.count');
    expect([0, 1, 2, 21, '1', '2'].map(key)).toEqual([
      'search.count',
      'search.countOne',
      'search.count',
      'search.count',
      'search.countOne',
      'search.count',
    ]);
    expect(recordNl[key(1)]).toBe('1 resultaat');
    expect(recordNl[key(2)].replace('{count}', '2')).toBe('2 resultaten');
  });

  it('have both forms in every catalogue: "…One" says 1, its sibling fills in {count}', () => {
    for (const [name, messages] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(messages)) {
        if (!key.endsWith('One')) continue;
        const other = key.slice(0, -'One'.length);
        expect(messages[other], `${name}: ${other} next to ${key}`).toMatch(/\{count\}/);
        expect(text, `${name}: ${key}`).not.toMatch(/\{count\}/);
        expect(text, `${name}: ${key}`).toMatch(/\b1\b/);
      }
    }
  });

  it('are never written as a plural noun after "1" in Dutch', () => {
    for (const [name, messages] of Object.entries(CATALOGUES)) {
      if (!name.endsWith('Nl')) continue;
      for (const [key, text] of Object.entries(messages)) {
        expect(text, `${name}: ${key}`).not.toMatch(
          /\b1 (wijzigingen|resultaten|antwoorden|punten|versies)\b/,
        );
      }
    }
  });
});
