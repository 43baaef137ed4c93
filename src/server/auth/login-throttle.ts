/**
 * Slows down password guessing, per account and per client address. After `maxFailures`
 * failures within `windowMs`, further attempts are refused until the window has passed.
 * Unknown e-mail addresses are counted the same way, so a lockout reveals nothing.
 *
 * Kept in memory: one server process, and a restart merely forgives old failures.
 */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * 60_000 };

interface Counter {
  failures: number;
  windowStart: number;
}

class FailureCounter {
  private readonly counters = new Map<string, Counter>();

  constructor(private readonly rule: ThrottleRule) {}

  /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
  waitMs(key: string, now: number): number {
    const counter = this.current(key, now);
    if (!counter || counter.failures < this.rule.maxFailures) return 0;
    return counter.windowStart + this.rule.windowMs - now;
  }

  fail(key: string, now: number): void {
    const counter = this.current(key, now) ?? { failures: 0, windowStart: now };
    counter.failures += 1;
    this.counters.set(key, counter);
  }

  forget(key: string): void {
    this.counters.delete(key);
  }

  private current(key: string, now: number): Counter | undefined {
    const counter = this.counters.get(key);
    if (counter && now - counter.windowStart >= this.rule.windowMs) {
      this.counters.delete(key);
      return undefined;
    }
    return counter;
  }
}

export class LoginThrottle {
  private readonly accounts: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(accountRule = ACCOUNT_RULE, addressRule = ADDRESS_RULE) {
    this.accounts = new FailureCounter(accountRule);
    this.addresses = new FailureCounter(addressRule);
  }

  waitMs(email: string, address: string, now: number): number {
    return Math.max(this.accounts.waitMs(email, now), this.addresses.waitMs(address, now));
  }

  failed(email: string, address: string, now: number): void {
    this.accounts.fail(email, now);
    this.addresses.fail(address, now);
  }

  succeeded(email: string): void {
    this.accounts.forget(email);
  }
}
