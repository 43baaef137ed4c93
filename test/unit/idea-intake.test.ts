import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { countRequest } from '../../src/server/ideas/idea-rate-limits.ts';
import { photoType } from '../../src/server/ideas/photo-check.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import {
  CODE_ALPHABET,
  CODE_BITS,
  newIdeaCode,
  normaliseIdeaCode,
} from '../../src/shared/ideas/idea-code.ts';
import { ideaProblems, IdeaSubmissionSchema } from '../../src/shared/ideas/idea-schema.ts';
import { stripJpegMetadata } from '../../src/shared/ideas/jpeg-metadata.ts';
import { makeTempDir } from '../support/temp-dir.ts';
import { jpegWithGps, validIdea } from '../support/idea-fixtures.ts';

describe('idea codes', () => {
  it('carry at least 60 random bits in three groups of five, without look-alikes', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(60);
    const code = newIdeaCode();
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    for (const confusing of '0O1IL2Z5S8BU') expect(CODE_ALPHABET).not.toContain(confusing);
  });

  it('are read back from what a person types, spaces and lower case included', () => {
    const code = newIdeaCode();
    expect(normaliseIdeaCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code);
    expect(normaliseIdeaCode('ABCDE-FGHJK-MNPQ')).toBeNull();
    expect(normaliseIdeaCode('0BCDE-FGHJK-MNPQR')).toBeNull();
  });

  it('draw again for a byte past the last whole multiple of the alphabet (no modulo bias)', () => {
    let call = 0;
    const code = newIdeaCode((bytes) => {
      // First all bytes 250 (past 240 = 10 × 24: must be skipped), then all 0.
      bytes.fill(call++ === 0 ? 250 : 0);
    });
    expect(code.replaceAll('-', '')).toBe(CODE_ALPHABET.charAt(0).repeat(15));
  });
});

describe('the idea schema (form and server)', () => {
  it('accepts a complete idea', () => {
    expect(ideaProblems(validIdea())).toEqual([]);
  });

  it('needs an e-mail address or a phone number, and consent', () => {
    expect(ideaProblems(validIdea({ email: '', phone: '' }))).toEqual([
      { field: 'email', reason: 'contact-required' },
    ]);
    expect(ideaProblems(validIdea({ email: '', phone: '06 1234 5678' }))).toEqual([]);
    expect(ideaProblems(validIdea({ consent: false }))).toEqual([
      { field: 'consent', reason: 'consent-required' },
    ]);
  });

  it('refuses too long texts, too many photos and a code it did not make', () => {
    expect(ideaProblems(validIdea({ title: 'x'.repeat(121) }))).toEqual([
      { field: 'title', reason: 'too-long' },
    ]);
    const photo = { type: 'image/jpeg', data: 'AAAA' };
    expect(ideaProblems(validIdea({ photos: [photo, photo, photo] }))).toEqual([
      { field: 'photos', reason: 'too-many-photos' },
    ]);
    expect(ideaProblems(validIdea({ code: 'ABCDE-FGHJK-MNPQ0' }))).toEqual([
      { field: 'code', reason: 'invalid' },
    ]);
    expect(v.is(IdeaSubmissionSchema, { ...validIdea(), extra: 1 })).toBe(false);
  });
});

describe('the public routes rate limits', () => {
  const dirs: { remove: () => void }[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

  it('refuse the request past the limit with the seconds left, and start afresh', async () => {
    const dir = makeTempDir('rate');
    dirs.push(dir);
    const store = openSqliteStore(dir.path);
    const limit = { max: 2, windowMs: 60_000 };
    await countRequest(store, 'k', limit, 1000);
    await countRequest(store, 'k', limit, 2000);
    await expect(countRequest(store, 'k', limit, 3000)).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 58,
    });
    await expect(countRequest(store, 'k', limit, 61_001)).resolves.toBeUndefined();
    await store.close();
  });
});

describe('photos', () => {
  it('are known by their first bytes, not by what the phone said', () => {
    expect(photoType(jpegWithGps())).toBe('image/jpeg');
    expect(photoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(photoType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(photoType(new Uint8Array(1024 * 1024 + 1).fill(0xff))).toBeNull();
  });

  it('lose their EXIF (GPS position included), keeping the image data', () => {
    const photo = jpegWithGps();
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
    expect(text(photo)).toContain('Exif');
    expect(text(photo)).toContain('GPS');
    const stripped = stripJpegMetadata(photo);
    expect(text(stripped)).not.toContain('Exif');
    expect(text(stripped)).not.toContain('GPS');
    expect(text(stripped)).not.toContain('secret comment');
    // SOI, APP0 (JFIF), DQT, SOF0 and the scan with its data stay as they were.
    expect(text(stripped)).toContain('JFIF');
    expect(text(stripped).endsWith(text(photo.subarray(photo.indexOf(0xda) - 1)))).toBe(true);
    expect(stripJpegMetadata(stripped)).toEqual(stripped);
  });

  it('leave bytes that are no JPEG alone', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(stripJpegMetadata(png)).toBe(png);
  });
});
