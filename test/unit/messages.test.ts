import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/messages-en.ts';
import { nl } from '../../src/app/i18n/messages-nl.ts';
import { translate } from '../../src/app/i18n/i18n.tsx';
import { recordEn } from '../../src/app/i18n/record-messages-en.ts';
import { recordNl } from '../../src/app/i18n/record-messages-nl.ts';
import { adminEn } from '../../src/app/i18n/admin-messages-en.ts';
import { adminNl } from '../../src/app/i18n/admin-messages-nl.ts';
import { syncEn } from '../../src/app/i18n/sync-messages-en.ts';
import { syncNl } from '../../src/app/i18n/sync-messages-nl.ts';
import { revokedEn } from '../../src/app/i18n/revoked-messages-en.ts';
import { revokedNl } from '../../src/app/i18n/revoked-messages-nl.ts';
import { failureEn } from '../../src/app/i18n/failure-words-en.ts';
import { failureNl } from '../../src/app/i18n/failure-words-nl.ts';
import { authEn } from '../../src/app/i18n/auth-messages-en.ts';
import { authNl } from '../../src/app/i18n/auth-messages-nl.ts';
import { visitEn } from '../../src/app/i18n/visit-messages-en.ts';
import { moreEn } from '../../src/app/i18n/more-messages-en.ts';
import { moreNl } from '../../src/app/i18n/more-messages-nl.ts';
import { visitNl } from '../../src/app/i18n/visit-messages-nl.ts';
import { privacyEn } from '../../src/app/privacy/privacy-messages-en.ts';
import { privacyNl } from '../../src/app/privacy/privacy-messages-nl.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  it('has every Dutch message in English, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('has every record-form message in English too, and no key in both catalogues', () => {
    expect(Object.keys(recordEn).sort()).toEqual(Object.keys(recordNl).sort());
    for (const key of Object.keys(recordNl) as (keyof typeof recordNl)[]) {
      expect(placeholders(recordEn[key]), key).toEqual(placeholders(recordNl[key]));
      expect(recordEn[key].trim(), key).not.toBe('');
      expect(Object.hasOwn(nl, key), `${key} is in both the main and the record catalogue`).toBe(
        false,
      );
    }
  });

  it('has every sync message in English too, and no key in another catalogue', () => {
    expect(Object.keys(syncEn).sort()).toEqual(Object.keys(syncNl).sort());
    for (const key of Object.keys(syncNl) as (keyof typeof syncNl)[]) {
      expect(placeholders(syncEn[key]), key).toEqual(placeholders(syncNl[key]));
      expect(Object.hasOwn(nl, key) || Object.hasOwn(recordNl, key), key).toBe(false);
    }
  });

  it('has every Beheer message in English too, and no key in another catalogue', () => {
    expect(Object.keys(adminEn).sort()).toEqual(Object.keys(adminNl).sort());
    for (const key of Object.keys(adminNl) as (keyof typeof adminNl)[]) {
      expect(placeholders(adminEn[key]), key).toEqual(placeholders(adminNl[key]));
      expect(Object.hasOwn(nl, key) || Object.hasOwn(recordNl, key), key).toBe(false);
    }
  });

  it('has every privacy message in English too, and no key in another catalogue', () => {
    expect(Object.keys(privacyEn).sort()).toEqual(Object.keys(privacyNl).sort());
    for (const key of Object.keys(privacyNl) as (keyof typeof privacyNl)[]) {
      expect(placeholders(privacyEn[key]), key).toEqual(placeholders(privacyNl[key]));
      expect(Object.hasOwn(nl, key) || Object.hasOwn(adminNl, key), key).toBe(false);
    }
  });

  it('has every revoked-device message in English too, and no key in another catalogue', () => {
    expect(Object.keys(revokedEn).sort()).toEqual(Object.keys(revokedNl).sort());
    for (const key of Object.keys(revokedNl) as (keyof typeof revokedNl)[]) {
      expect(placeholders(revokedEn[key]), key).toEqual(placeholders(revokedNl[key]));
      expect(Object.hasOwn(nl, key) || Object.hasOwn(adminNl, key), key).toBe(false);
    }
  });

  it('has every failure message in English too, and no key in another catalogue', () => {
    expect(Object.keys(failureEn).sort()).toEqual(Object.keys(failureNl).sort());
    for (const key of Object.keys(failureNl) as (keyof typeof failureNl)[]) {
      expect(placeholders(failureEn[key]), key).toEqual(placeholders(failureNl[key]));
      expect(Object.hasOwn(nl, key), key).toBe(false);
    }
  });

  it('has every sign-in and set-password message in English too, and no key in another catalogue', () => {
    expect(Object.keys(authEn).sort()).toEqual(Object.keys(authNl).sort());
    for (const key of Object.keys(authNl) as (keyof typeof authNl)[]) {
      expect(placeholders(authEn[key]), key).toEqual(placeholders(authNl[key]));
      expect(Object.hasOwn(nl, key) || Object.hasOwn(adminNl, key), key).toBe(false);
    }
  });

  it('has every visit-screen message in English too, and no key in another catalogue', () => {
    expect(Object.keys(visitEn).sort()).toEqual(Object.keys(visitNl).sort());
    for (const key of Object.keys(visitNl) as (keyof typeof visitNl)[]) {
      expect(placeholders(visitEn[key]), key).toEqual(placeholders(visitNl[key]));
      expect(Object.hasOwn(nl, key) || Object.hasOwn(recordNl, key), key).toBe(false);
    }
  });

  it('has every Meer and sign-out message in English too, and no key in another catalogue', () => {
    expect(Object.keys(moreEn).sort()).toEqual(Object.keys(moreNl).sort());
    for (const key of Object.keys(moreNl) as (keyof typeof moreNl)[]) {
      expect(placeholders(moreEn[key]), key).toEqual(placeholders(moreNl[key]));
      expect(Object.hasOwn(nl, key) || Object.hasOwn(recordNl, key), key).toBe(false);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(moreNl, 'settings.appVersion', { version: '1.2.3' })).toBe('App-versie 1.2.3');
    expect(translate(moreEn, 'settings.appVersion')).toBe('App version {version}');
  });
});
