import { describe, expect, it } from 'vitest';
import { storageFailureOf, translated } from '../../src/server/store/postgres/storage-errors.ts';
import { DuplicateKeyError, StorageUnavailableError } from '../../src/server/store/store.ts';

/** An error as the pg driver throws it: PostgreSQL's SQLSTATE in `code`. */
const withCode = (code: string) => Object.assign(new Error(`error ${code}`), { code });

describe("PostgreSQL's errors as the store's", () => {
  it.each([
    ['53100', 'disk-full'],
    ['25006', 'read-only'],
    ['58030', 'io-error'],
    ['XX001', 'io-error'],
    ['08006', 'cannot-open'],
    ['08001', 'cannot-open'],
    ['57P01', 'cannot-open'],
    ['3D000', 'cannot-open'],
    ['ECONNREFUSED', 'cannot-open'],
    ['ENOENT', 'cannot-open'],
  ] as const)('SQLSTATE %s is %s', (code, failure) => {
    const noted: string[] = [];
    expect(storageFailureOf(withCode(code))).toBe(failure);
    expect(translated(withCode(code), (f) => noted.push(f))).toEqual(
      new StorageUnavailableError(failure),
    );
    expect(noted).toEqual([failure]);
  });

  it('makes a lost connection (no code) cannot-open', () => {
    expect(storageFailureOf(new Error('Connection terminated unexpectedly'))).toBe('cannot-open');
  });

  it('makes a unique violation a DuplicateKeyError, not a storage failure', () => {
    const noted: string[] = [];
    expect(translated(withCode('23505'), (f) => noted.push(f))).toBeInstanceOf(DuplicateKeyError);
    expect(noted).toEqual([]);
  });

  it('leaves the caller’s own errors and other SQLSTATEs as they are', () => {
    for (const error of [withCode('23503'), withCode('22P02'), withCode('40001'), new Error('x')]) {
      expect(storageFailureOf(error)).toBeNull();
      expect(translated(error, () => undefined)).toBe(error);
    }
  });
});
