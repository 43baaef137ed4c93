import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/server/auth/login-throttle.ts';

const RULE = { maxFailures: 3, windowMs: 1_000 };

describe('LoginThrottle', () => {
  it('allows attempts until an account reaches its failures, then waits out the window', () => {
    const throttle = new LoginThrottle(RULE, { maxFailures: 100, windowMs: 1_000 });
    for (let i = 0; i < 3; i += 1) {
      expect(throttle.waitMs('a@x.nl', '1.1.1.1', 0)).toBe(0);
      throttle.failed('a@x.nl', '1.1.1.1', 0);
    }
    expect(throttle.waitMs('a@x.nl', '1.1.1.1', 400)).toBe(600);
    expect(throttle.waitMs('b@x.nl', '1.1.1.1', 400)).toBe(0);
    expect(throttle.waitMs('a@x.nl', '1.1.1.1', 1_000)).toBe(0);
  });

  it('counts per address across accounts', () => {
    const throttle = new LoginThrottle({ maxFailures: 100, windowMs: 1_000 }, RULE);
    throttle.failed('a@x.nl', '2.2.2.2', 0);
    throttle.failed('b@x.nl', '2.2.2.2', 0);
    throttle.failed('c@x.nl', '2.2.2.2', 0);
    expect(throttle.waitMs('d@x.nl', '2.2.2.2', 10)).toBeGreaterThan(0);
    expect(throttle.waitMs('d@x.nl', '3.3.3.3', 10)).toBe(0);
  });

  it('forgets an account’s failures after a successful sign-in', () => {
    const throttle = new LoginThrottle(RULE, { maxFailures: 100, windowMs: 1_000 });
    throttle.failed('a@x.nl', '1.1.1.1', 0);
    throttle.failed('a@x.nl', '1.1.1.1', 0);
    throttle.succeeded('a@x.nl');
    throttle.failed('a@x.nl', '1.1.1.1', 0);
    throttle.failed('a@x.nl', '1.1.1.1', 0);
    expect(throttle.waitMs('a@x.nl', '1.1.1.1', 0)).toBe(0);
  });
});
