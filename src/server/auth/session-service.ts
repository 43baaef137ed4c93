import { randomUUID } from 'node:crypto';
import type { TokenResponse } from '../../shared/auth-api.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { DeviceSessionRecord, SessionTokenRecord, Store, UserRecord } from '../store/store.ts';
import type { AuthSettings } from './auth-settings.ts';
import { hashSecret, newSecretToken } from './secret-token.ts';
import { toSessionUser } from './session-user.ts';

export interface Principal {
  user: UserRecord;
  sessionId: string;
}

/**
 * Device sessions: a short-lived access token and a long-lived refresh token that rotates on
 * every use. Presenting a refresh token that was already exchanged ends the whole session
 * (someone else has a copy) — unless the pair it was exchanged for was never refreshed in
 * turn, which is what a lost answer on a weak connection looks like: then that pair is
 * withdrawn and the client gets a new one. A thief who refreshed first loses access at once.
 */
export class SessionService {
  constructor(
    private readonly store: Store,
    private readonly settings: AuthSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session for a user who just proved who they are. Call inside a transaction. */
  start(user: UserRecord, deviceLabel: string): TokenResponse {
    const at = this.now();
    const session: DeviceSessionRecord = {
      id: randomUUID(),
      userId: user.id,
      deviceLabel: deviceLabel || 'Onbekend apparaat',
      createdAt: at,
      lastUsedAt: at,
      expiresAt: at + this.settings.refreshTokenTtlMs,
      endedAt: null,
      endReason: null,
    };
    this.store.sessions.insertSession(session);
    return this.issue(user, session.id, null, at);
  }

  refresh(refreshToken: string): TokenResponse {
    // Ending a session on reuse must stay written although the request fails, so the
    // transaction returns the refusal and it is thrown only after the commit.
    const outcome = this.store.transaction((): TokenResponse | ApiFailure => {
      const at = this.now();
      const token = this.store.sessions.findTokenByRefreshHash(hashSecret(refreshToken));
      if (!token || token.supersededAt !== null) {
        return new ApiFailure(401, 'session-ended', 'unknown refresh token');
      }
      const { session, user } = this.liveSessionOf(token.sessionId, at);
      if (token.refreshExpiresAt <= at) {
        return new ApiFailure(401, 'session-ended', 'refresh token expired');
      }
      if (token.rotatedAt !== null) {
        const child = this.store.sessions.findLiveChild(token.refreshHash);
        if (!child || child.rotatedAt !== null) {
          this.store.sessions.end(session.id, at, 'reuse');
          this.store.audit.record({
            at,
            actorId: user.id,
            action: 'session.reuse-detected',
            objectType: 'session',
            objectId: session.id,
            result: 'refused',
            origin: null,
          });
          return new ApiFailure(401, 'session-ended', 'refresh token used twice');
        }
        // The answer that carried `child` never arrived: withdraw it and answer anew.
        this.store.sessions.markSuperseded(child.refreshHash, at);
      } else {
        this.store.sessions.markRotated(token.refreshHash, at);
      }
      this.store.sessions.extend(session.id, at, at + this.settings.refreshTokenTtlMs);
      return this.issue(user, session.id, token.refreshHash, at);
    });
    if (outcome instanceof ApiFailure) throw outcome;
    return outcome;
  }

  /** Who holds this access token; throws a 401 with the reason the client must act on. */
  authenticate(accessToken: string): Principal {
    const at = this.now();
    const token = this.store.sessions.findTokenByAccessHash(hashSecret(accessToken));
    if (!token || token.supersededAt !== null) {
      throw new ApiFailure(401, 'unauthorized', 'unknown access token');
    }
    const { user } = this.liveSessionOf(token.sessionId, at);
    if (token.accessExpiresAt <= at) {
      throw new ApiFailure(401, 'token-expired', 'access token expired');
    }
    return { user, sessionId: token.sessionId };
  }

  end(sessionId: string, reason: 'logout' | 'revoked'): void {
    this.store.sessions.end(sessionId, this.now(), reason);
  }

  endAllForUser(userId: string): number {
    return this.store.sessions.endAllForUser(userId, this.now(), 'revoked');
  }

  private liveSessionOf(
    sessionId: string,
    at: number,
  ): { session: DeviceSessionRecord; user: UserRecord } {
    const session = this.store.sessions.findSession(sessionId);
    const user = session && this.store.users.findById(session.userId);
    if (!session || !user) throw new ApiFailure(401, 'session-ended', 'no such session');
    if (session.endReason === 'revoked' || user.status === 'deactivated') {
      throw new ApiFailure(
        401,
        'session-revoked',
        'this device was signed out by an administrator',
      );
    }
    if (session.endedAt !== null || session.expiresAt <= at) {
      throw new ApiFailure(401, 'session-ended', 'session ended');
    }
    return { session, user };
  }

  private issue(
    user: UserRecord,
    sessionId: string,
    parentHash: string | null,
    at: number,
  ): TokenResponse {
    const accessToken = newSecretToken();
    const refreshToken = newSecretToken();
    const record: SessionTokenRecord = {
      refreshHash: hashSecret(refreshToken),
      sessionId,
      accessHash: hashSecret(accessToken),
      accessExpiresAt: at + this.settings.accessTokenTtlMs,
      refreshExpiresAt: at + this.settings.refreshTokenTtlMs,
      issuedAt: at,
      rotatedAt: null,
      supersededAt: null,
      parentHash,
    };
    this.store.sessions.insertToken(record);
    return {
      accessToken,
      accessExpiresAt: record.accessExpiresAt,
      refreshToken,
      refreshExpiresAt: record.refreshExpiresAt,
      sessionId,
      user: toSessionUser(user),
    };
  }
}
