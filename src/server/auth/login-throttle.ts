import type { Store, ThrottleCounter } from '../store/store.ts';
import { hashSecret } from './secret-token.ts';

/**
 * Slows down password guessing. The state lives in the database, so a restart forgives
 * nothing and several server processes share one count.
 *
 * Per account (the typed e-mail address, known or not, so a lockout reveals nothing): an
 * attempt is counted *before* its password is checked, in the same transaction that decides
 * whether it may go ahead. A burst of parallel attempts therefore gets at most
 * `account.maxFailures` password checks; a successful sign-in clears the count, so in effect
 * only failures stay counted. The count runs in a fixed window from the first attempt.
 *
 * Per client address: many colleagues share one address (the town hall, a proxy), so an
 * address must never lock out an account that did nothing wrong. An address only *tightens*
 * the account rule: once it has `address.maxFailures` failures in its window (a busy guesser
 * there), each e-mail address tried from anywhere gets `accountLimitFromBusyAddress` attempts
 * instead of `account.maxFailures`. An account without failures of its own is never refused,
 * and the rule is the same for known and unknown e-mail addresses, so it reveals none.
 * The address count is written after the check (failures only): it needs no burst guard,
 * since every attempt it lets through was already counted against its account.
 */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export interface ThrottleRules {
  account: ThrottleRule;
  address: ThrottleRule;
  /** Attempts per e-mail address while its client address is busy; below `account`'s. */
  accountLimitFromBusyAddress: number;
}

const WINDOW_MS = 15 * 60_000;

export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  account: { maxFailures: 5, windowMs: WINDOW_MS },
  address: { maxFailures: 30, windowMs: WINDOW_MS },
  accountLimitFromBusyAddress: 2,
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; waitMs: number };

/** The counter as it stands at `now`: undefined once its window has passed. */
function live(
  counter: ThrottleCounter | undefined,
  rule: ThrottleRule,
  now: number,
): ThrottleCounter | undefined {
  return counter && now - counter.windowStart < rule.windowMs ? counter : undefined;
}

/**
 * May one more attempt on this account go ahead, given the account's attempts and the
 * client address's failures? Pure: the rules in one place, for the unit tests.
 */
export function attemptVerdict(
  account: ThrottleCounter | undefined,
  address: ThrottleCounter | undefined,
  now: number,
  rules: ThrottleRules = DEFAULT_THROTTLE_RULES,
): ThrottleVerdict {
  const ownAttempts = live(account, rules.account, now);
  const attempts = ownAttempts?.attempts ?? 0;
  const accountEnds = (ownAttempts?.windowStart ?? now) + rules.account.windowMs;
  if (attempts >= rules.account.maxFailures) return { allowed: false, waitMs: accountEnds - now };

  const addressFailures = live(address, rules.address, now);
  const busy =
    addressFailures !== undefined && addressFailures.attempts >= rules.address.maxFailures;
  if (busy && attempts >= rules.accountLimitFromBusyAddress) {
    // Allowed again when the account's own window passes or the address calms down.
    const addressEnds = addressFailures.windowStart + rules.address.windowMs;
    return { allowed: false, waitMs: Math.min(accountEnds, addressEnds) - now };
  }
  return { allowed: true };
}

/** The counter with one more attempt: a new window when the old one has passed. */
export function withOneMore(
  counter: ThrottleCounter | undefined,
  rule: ThrottleRule,
  now: number,
): ThrottleCounter {
  const current = live(counter, rule, now);
  return current
    ? { attempts: current.attempts + 1, windowStart: current.windowStart }
    : { attempts: 1, windowStart: now };
}

const accountKey = (email: string): string => `account:${hashSecret(email)}`;
const addressKey = (address: string): string => `address:${hashSecret(address)}`;

export class LoginThrottle {
  constructor(
    private readonly store: Store,
    private readonly rules: ThrottleRules = DEFAULT_THROTTLE_RULES,
  ) {}

  /**
   * Counts an attempt on `email` from `address` and says whether its password may be
   * checked: one transaction (IMMEDIATE, so also across processes), before the check.
   */
  begin(email: string, address: string, now: number): Promise<ThrottleVerdict> {
    return this.store.transaction(async () => {
      const longestWindow = Math.max(this.rules.account.windowMs, this.rules.address.windowMs);
      await this.store.loginThrottle.removeStartedBy(now - longestWindow);
      const key = accountKey(email);
      const account = await this.store.loginThrottle.find(key);
      const verdict = attemptVerdict(
        account,
        await this.store.loginThrottle.find(addressKey(address)),
        now,
        this.rules,
      );
      if (verdict.allowed) {
        await this.store.loginThrottle.put(key, withOneMore(account, this.rules.account, now));
      }
      return verdict;
    });
  }

  /** The password was wrong: the attempt stays counted, and the address gets a failure. */
  async failed(address: string, now: number): Promise<void> {
    await this.store.transaction(async () => {
      const key = addressKey(address);
      const counter = await this.store.loginThrottle.find(key);
      await this.store.loginThrottle.put(key, withOneMore(counter, this.rules.address, now));
    });
  }

  /** Signed in: the account's count starts from zero again. */
  async succeeded(email: string): Promise<void> {
    await this.store.loginThrottle.remove(accountKey(email));
  }
}
