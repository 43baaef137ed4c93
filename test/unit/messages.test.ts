import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/messages-en.ts';
import { nl } from '../../src/app/i18n/messages-nl.ts';
import { translate } from '../../src/app/i18n/i18n.tsx';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('has every Dutch message in English, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(nl, 'settings.appVersion', { version: '1.2.3' })).toBe('App-versie 1.2.3');
    expect(translate(en, 'settings.appVersion')).toBe('App version {version}');
  });
});
