import { afterEach, describe, expect, it } from 'vitest';
import {
  attemptVerdict,
  LoginThrottle,
  withOneMore,
  type ThrottleRules,
} from '../../src/server/auth/login-throttle.ts';
import { openSqliteStore, type SqliteStore } from '../../src/server/store/sqlite-store.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const RULES: ThrottleRules = {
  account: { maxFailures: 3, windowMs: 1_000 },
  address: { maxFailures: 4, windowMs: 2_000 },
  accountLimitFromBusyAddress: 1,
};
const QUIET = { attempts: 0, windowStart: 0 };
const BUSY = { attempts: 4, windowStart: 0 };

describe('attemptVerdict (the rules)', () => {
  it('allows an account below its limit and refuses it at the limit, until its window passes', () => {
    expect(attemptVerdict(undefined, undefined, 0, RULES)).toEqual({ allowed: true });
    expect(attemptVerdict({ attempts: 2, windowStart: 0 }, QUIET, 100, RULES)).toEqual({
      allowed: true,
    });
    expect(attemptVerdict({ attempts: 3, windowStart: 0 }, QUIET, 400, RULES)).toEqual({
      allowed: false,
      waitMs: 600,
    });
    expect(attemptVerdict({ attempts: 3, windowStart: 0 }, QUIET, 1_000, RULES)).toEqual({
      allowed: true,
    });
  });

  it('never refuses an account without attempts of its own, however busy its address', () => {
    expect(attemptVerdict(undefined, BUSY, 10, RULES)).toEqual({ allowed: true });
    expect(attemptVerdict(undefined, { attempts: 1_000, windowStart: 0 }, 10, RULES)).toEqual({
      allowed: true,
    });
  });

  it('gives an account fewer attempts from a busy address, until either window passes', () => {
    const tried = { attempts: 1, windowStart: 500 };
    expect(attemptVerdict(tried, { attempts: 3, windowStart: 0 }, 600, RULES)).toEqual({
      allowed: true,
    });
    // Refused until the address's window ends (2000) or the account's (1500): the sooner.
    expect(attemptVerdict(tried, BUSY, 600, RULES)).toEqual({ allowed: false, waitMs: 900 });
    expect(attemptVerdict(tried, BUSY, 1_500, RULES)).toEqual({ allowed: true });
    expect(attemptVerdict({ attempts: 1, windowStart: 1_900 }, BUSY, 2_000, RULES)).toEqual({
      allowed: true,
    });
  });

  it('counts one more attempt in the running window, or starts a new window', () => {
    const rule = RULES.account;
    expect(withOneMore(undefined, rule, 50)).toEqual({ attempts: 1, windowStart: 50 });
    expect(withOneMore({ attempts: 2, windowStart: 0 }, rule, 999)).toEqual({
      attempts: 3,
      windowStart: 0,
    });
    expect(withOneMore({ attempts: 2, windowStart: 0 }, rule, 1_000)).toEqual({
      attempts: 1,
      windowStart: 1_000,
    });
  });
});

describe('LoginThrottle (in SQLite)', () => {
  const opened: { store: SqliteStore; remove: () => void }[] = [];
  afterEach(async () => {
    const done = opened.splice(0);
    for (const { store } of done) await store.close();
    for (const { remove } of done) remove();
  });
  function throttle(dir = makeTempDir('throttle')): LoginThrottle {
    const store = openSqliteStore(dir.path);
    opened.push({ store, remove: dir.remove });
    return new LoginThrottle(store, RULES);
  }

  it('counts an attempt when it is let through, so the limit holds before any result is known', async () => {
    const t = throttle();
    // All at once: each is counted in its own transaction before any is decided.
    const verdicts = await Promise.all(
      Array.from({ length: 10 }, async () => (await t.begin('a@x.nl', '1.1.1.1', 0)).allowed),
    );
    expect(verdicts).toEqual([true, true, true, false, false, false, false, false, false, false]);
    expect((await t.begin('b@x.nl', '1.1.1.1', 0)).allowed).toBe(true);
  });

  it('starts an account from zero after a successful sign-in', async () => {
    const t = throttle();
    for (let i = 0; i < 3; i += 1) await t.begin('a@x.nl', '1.1.1.1', 0);
    await t.succeeded('a@x.nl');
    expect((await t.begin('a@x.nl', '1.1.1.1', 0)).allowed).toBe(true);
    expect((await t.begin('a@x.nl', '1.1.1.1', 0)).allowed).toBe(true);
  });

  it('tightens accounts tried from an address with many failures, and no other address', async () => {
    const t = throttle();
    for (let i = 0; i < 4; i += 1) {
      expect((await t.begin(`onbekend${i}@x.nl`, '2.2.2.2', 0)).allowed).toBe(true);
      await t.failed('2.2.2.2', 0);
    }
    expect((await t.begin('a@x.nl', '2.2.2.2', 10)).allowed).toBe(true);
    expect((await t.begin('a@x.nl', '2.2.2.2', 10)).allowed).toBe(false);
    expect((await t.begin('b@x.nl', '3.3.3.3', 10)).allowed).toBe(true);
    expect((await t.begin('b@x.nl', '3.3.3.3', 10)).allowed).toBe(true);
  });

  it('shares one count between server processes on the same database file', async () => {
    const dir = makeTempDir('throttle-shared');
    const one = throttle(dir);
    const other = throttle({ path: dir.path, remove: () => undefined });
    const verdicts = [];
    for (const t of [one, other, one, other, one])
      verdicts.push(await t.begin('a@x.nl', '1.1.1.1', 0));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false, false]);
    await one.succeeded('a@x.nl');
    expect((await other.begin('a@x.nl', '1.1.1.1', 0)).allowed).toBe(true);
  });
});
