import { AccountService } from './auth/account-service.ts';
import type { AuthSettings } from './auth/auth-settings.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { SessionService } from './auth/session-service.ts';
import type { MailSettings } from './ideas/mail/idea-mails.ts';
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
  /** Mail to residents about their ideas; null when no SMTP server is configured. */
  mail: MailSettings | null;
}

export function createServices(
  store: Store,
  auth: AuthSettings,
  now: () => number = Date.now,
  pushRateLimit: PushRateLimit = DEFAULT_PUSH_RATE_LIMIT,
  mailFrom: string | null = null,
): Services {
  const sessions = new SessionService(store, auth, now);
  const accounts = new AccountService(store, sessions, new LoginThrottle(store), auth, now);
  // Read through `auth`: main.ts sets publicUrl once the port is known.
  const mail =
    mailFrom === null
      ? null
      : {
          from: mailFrom,
          get publicUrl() {
            return auth.publicUrl;
          },
        };
  return { store, sessions, accounts, pushRateLimit, now, mail };
}
