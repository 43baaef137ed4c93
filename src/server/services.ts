import { AccountService } from './auth/account-service.ts';
import type { AuthSettings } from './auth/auth-settings.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { SessionService } from './auth/session-service.ts';
import type { Store } from './store/store.ts';
import { DEFAULT_PUSH_RATE_LIMIT, type PushRateLimit } from './sync-service/push-rate-limit.ts';

/** The server's domain services over one store; made once per process (or per test). */
export interface Services {
  store: Store;
  sessions: SessionService;
  accounts: AccountService;
  pushRateLimit: PushRateLimit;
  /** The clock of the sessions, for the rules that compare with their times (a revoke). */
  now: () => number;
}

export function createServices(
  store: Store,
  auth: AuthSettings,
  now: () => number = Date.now,
  pushRateLimit: PushRateLimit = DEFAULT_PUSH_RATE_LIMIT,
): Services {
  const sessions = new SessionService(store, auth, now);
  const accounts = new AccountService(store, sessions, new LoginThrottle(store), auth, now);
  return { store, sessions, accounts, pushRateLimit, now };
}
