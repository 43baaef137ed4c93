import * as v from 'valibot';
import {
  clearSession,
  loadSession,
  saveSession,
  type RevokedDevice,
  type StoredSession,
} from '../db/session-storage.ts';
import {
  SessionUserSchema,
  SetupInfoSchema,
  TokenResponseSchema,
  type SessionUser,
  type SetupInfo,
  type SetupRequest,
  type TokenResponse,
} from '../shared/auth-api.ts';
import { ApiError, requestJson, type RequestOptions } from './api-client.ts';

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; notice?: 'revoked' }
  /** needsSignIn: the server ended the session; the app keeps working on local data. */
  | { status: 'signed-in'; user: SessionUser; needsSignIn: boolean }
  /** Revoked with unsent changes: kept until exported, delivered, or wiped anyway. */
  | { status: 'revoked'; user: SessionUser; revoked: RevokedDevice };

/** Only one tab at a time exchanges the refresh token, or the second would look like theft. */
const REFRESH_LOCK = 'noaber-token-refresh';
/** Tells the other tabs that the session changed (signed in or out, wiped). */
const AUTH_CHANNEL = 'noaber-auth';

/** What the session needs of the account databases (src/db/user-data.ts). */
export type UserDataAccess = Pick<
  typeof import('../db/user-data.ts'),
  'countUnsentChanges' | 'openUserDatabase' | 'wipeUserData'
>;

/**
 * The device's sign-in state and every authorized request. Local reading and writing never
 * wait for this: an expired token only means sync waits until the user signs in again.
 * Only a remote revoke (or sign-out) wipes the local data, and a revoke never silently: a
 * device whose outbox still holds changes keeps them until the user exported them, sent
 * them to the server's quarantine, or chose to wipe anyway (src/shared/quarantine-api.ts).
 */
export class AuthClient {
  private state: AuthState = { status: 'loading' };
  private readonly listeners = new Set<(state: AuthState) => void>();
  private readonly channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(AUTH_CHANNEL);

  /**
   * @param userData loads the account databases (Dexie) when a session starts, ends or is
   *   revoked. The app passes a dynamic import: its first visit's sign-in form needs none of
   *   it. The service worker passes what it has imported already: a dynamic import would
   *   break its classic script.
   */
  constructor(private readonly userData: () => Promise<UserDataAccess>) {
    this.channel?.addEventListener('message', () => void this.reload());
  }

  get current(): AuthState {
    return this.state;
  }

  subscribe(listener: (state: AuthState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Reads the stored session; call once at start. */
  async reload(): Promise<void> {
    // The account's database is opened by the screens that use it, not here: reading the
    // session must not wait for it.
    const session = await loadSession();
    this.set(
      !session
        ? { status: 'signed-out' }
        : session.revoked
          ? { status: 'revoked', user: session.user, revoked: session.revoked }
          : { status: 'signed-in', user: session.user, needsSignIn: session.needsSignIn },
    );
  }

  async signIn(email: string, password: string): Promise<void> {
    const answer = await requestJson('/api/auth/login', {
      method: 'POST',
      body: { email, password, deviceLabel: describeDevice() },
    });
    await this.adopt(v.parse(TokenResponseSchema, answer));
  }

  async setupInfo(token: string): Promise<SetupInfo> {
    const answer = await requestJson('/api/auth/setup-info', { method: 'POST', body: { token } });
    return v.parse(SetupInfoSchema, answer);
  }

  async completeSetup(request: Omit<SetupRequest, 'deviceLabel'>): Promise<void> {
    const answer = await requestJson('/api/auth/setup', {
      method: 'POST',
      body: { ...request, deviceLabel: describeDevice() },
    });
    await this.adopt(v.parse(TokenResponseSchema, answer));
  }

  /**
   * Signs out and wipes this account's local data and tokens. Telling the server is best
   * effort: offline, the local wipe still happens, and the server session simply expires
   * (or a beheerder revokes it).
   */
  async signOut(): Promise<void> {
    const session = await loadSession();
    if (session && navigator.onLine) {
      await requestJson('/api/auth/logout', {
        method: 'POST',
        body: {},
        accessToken: session.accessToken,
      }).catch(() => undefined);
    }
    await this.wipe(session, undefined);
  }

  /** Revoked: wipes this account's data and tokens, as a revoke without unsent changes does. */
  async wipeRevoked(): Promise<void> {
    await this.wipe(await loadSession(), 'revoked');
  }

  /** The stored session was changed elsewhere (revoked-device.ts): show it in every tab. */
  async sessionChanged(): Promise<void> {
    await this.reload();
    this.channel?.postMessage('changed');
  }

  /**
   * A request with the access token attached at send time. An expired token is refreshed
   * once and the request repeated; what the server says after that decides the state.
   */
  async request(path: string, options: Omit<RequestOptions, 'accessToken'> = {}): Promise<unknown> {
    const session = await loadSession();
    if (!session || session.needsSignIn) {
      throw new ApiError('unauthorized', 401, 'sign in to reach the server');
    }
    try {
      return await requestJson(path, { ...options, accessToken: session.accessToken });
    } catch (error) {
      if (!(error instanceof ApiError) || error.reason !== 'token-expired') {
        await this.onAuthFailure(error, session);
        throw error;
      }
    }
    const renewed = await this.refresh(session);
    try {
      return await requestJson(path, { ...options, accessToken: renewed.accessToken });
    } catch (error) {
      await this.onAuthFailure(error, renewed);
      throw error;
    }
  }

  /** Asks the server who we are (roles or kernen may have changed); refreshes on the way. */
  async checkSession(): Promise<void> {
    const answer = await this.request('/api/auth/session');
    const user = v.parse(SessionUserSchema, answer);
    const session = await loadSession();
    if (session?.user.id !== user.id) return;
    await saveSession({ ...session, user });
    this.set({ status: 'signed-in', user, needsSignIn: false });
  }

  private async refresh(stale: StoredSession): Promise<StoredSession> {
    return navigator.locks.request(REFRESH_LOCK, async () => {
      // Another tab may have refreshed while this one waited for the lock.
      const current = await loadSession();
      if (!current) throw new ApiError('unauthorized', 401, 'signed out meanwhile');
      if (current.refreshToken !== stale.refreshToken) return current;
      try {
        const answer = await requestJson('/api/auth/refresh', {
          method: 'POST',
          body: { refreshToken: current.refreshToken },
        });
        const tokens = v.parse(TokenResponseSchema, answer);
        const renewed = toStoredSession(tokens);
        await saveSession(renewed);
        return renewed;
      } catch (error) {
        await this.onAuthFailure(error, current);
        throw error;
      }
    });
  }

  /**
   * The server's verdict on a session: revoked wipes, unless changes wait to be sent (then
   * they stay, and the user decides: RevokedScreen); ended asks for a new sign-in.
   */
  private async onAuthFailure(error: unknown, session: StoredSession): Promise<void> {
    if (!(error instanceof ApiError)) return;
    if (error.reason === 'session-revoked') {
      await this.onRevoked(session);
    } else if (
      error.reason === 'session-ended' ||
      error.reason === 'unauthorized' ||
      error.reason === 'token-expired'
    ) {
      await saveSession({ ...session, needsSignIn: true });
      this.set({ status: 'signed-in', user: session.user, needsSignIn: true });
    }
  }

  private async onRevoked(session: StoredSession): Promise<void> {
    if (session.revoked) return;
    const { countUnsentChanges } = await this.userData();
    if ((await countUnsentChanges(session.user.id)) === 0) {
      await this.wipe(session, 'revoked');
      return;
    }
    // needsSignIn too: nothing (a tab, the service worker) syncs with this session again.
    const revoked: RevokedDevice = { at: Date.now(), exported: false, delivered: false };
    await saveSession({ ...session, needsSignIn: true, revoked });
    this.set({ status: 'revoked', user: session.user, revoked });
    this.channel?.postMessage('changed');
  }

  private async adopt(tokens: TokenResponse): Promise<void> {
    // Another account's database, if any, stays on the device for when they return; it is
    // theirs alone and is never opened for this account.
    await saveSession(toStoredSession(tokens));
    await (await this.userData()).openUserDatabase(tokens.user.id);
    this.set({ status: 'signed-in', user: tokens.user, needsSignIn: false });
    this.channel?.postMessage('changed');
  }

  private async wipe(
    session: StoredSession | undefined,
    notice: 'revoked' | undefined,
  ): Promise<void> {
    await clearSession();
    if (session) await (await this.userData()).wipeUserData(session.user.id);
    this.set(notice ? { status: 'signed-out', notice } : { status: 'signed-out' });
    this.channel?.postMessage('changed');
  }

  private set(state: AuthState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

function toStoredSession(tokens: TokenResponse): StoredSession {
  return {
    user: tokens.user,
    sessionId: tokens.sessionId,
    accessToken: tokens.accessToken,
    accessExpiresAt: tokens.accessExpiresAt,
    refreshToken: tokens.refreshToken,
    refreshExpiresAt: tokens.refreshExpiresAt,
    needsSignIn: false,
  };
}

/** A name for this device in the beheerder's list, from the browser; no identifiers. */
function describeDevice(): string {
  const agent = navigator.userAgent;
  const browser = /Firefox\//.test(agent)
    ? 'Firefox'
    : /Edg\//.test(agent)
      ? 'Edge'
      : /Chrome\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : 'Browser';
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Windows/.test(agent)
        ? 'Windows'
        : /Mac OS X/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : '';
  return system ? `${browser} op ${system}` : browser;
}
