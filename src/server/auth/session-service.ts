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

/** Where a refresh request came from: its client address and its browser's device cookie. */
export interface RefreshOrigin {
  address: string;
  deviceId: string | null;
}

/**
 * Device sessions: a short-lived access token and a long-lived refresh token that rotates on
 * every use. Presenting a refresh token that was already exchanged ends the whole session
 * (someone else has a copy), with one exception for what a lost answer on a weak connection
 * looks like: the pair it was exchanged for was never refreshed in turn, the retry comes from
 * the same browser (noaber_device cookie, HttpOnly, so a script that read the token cannot
 * copy it) as the request that got that pair, and within `refreshRetryGraceMs` of it. Then
 * that pair is withdrawn and the browser gets a new one. An old token replayed from another
 * browser, without the cookie, or later, ends the session. Every reuse is audited.
 */
export class SessionService {
  constructor(
    private readonly store: Store,
    private readonly settings: AuthSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session for a user who just proved who they are. Call inside a transaction. */
  async start(
    user: UserRecord,
    deviceLabel: string,
    deviceId: string | null = null,
  ): Promise<TokenResponse> {
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
    await this.store.sessions.insertSession(session);
    return this.issue(user, session.id, null, deviceId, at);
  }

  async refresh(refreshToken: string, origin: RefreshOrigin): Promise<TokenResponse> {
    // Ending a session on reuse must stay written although the request fails, so the
    // transaction returns the refusal and it is thrown only after the commit.
    const outcome = await this.store.transaction(async (): Promise<TokenResponse | ApiFailure> => {
      const at = this.now();
      const token = await this.store.sessions.findTokenByRefreshHash(hashSecret(refreshToken));
      if (!token) return new ApiFailure(401, 'session-ended', 'unknown refresh token');
      if (token.supersededAt !== null) {
        // A pair withdrawn as lost is in someone's hands after all: audit, end nothing.
        await this.auditReuse(
          token.sessionId,
          'session.withdrawn-token-used',
          'refused',
          origin,
          at,
        );
        return new ApiFailure(401, 'session-ended', 'unknown refresh token');
      }
      const { session, user } = await this.liveSessionOf(token.sessionId, at);
      if (token.refreshExpiresAt <= at) {
        return new ApiFailure(401, 'session-ended', 'refresh token expired');
      }
      if (token.rotatedAt !== null) {
        const child = await this.store.sessions.findLiveChild(token.refreshHash);
        if (!child || !this.isLostAnswerRetry(child, origin, at)) {
          await this.store.sessions.end(session.id, at, 'reuse');
          await this.auditReuse(
            session.id,
            'session.reuse-detected',
            'refused',
            origin,
            at,
            user.id,
          );
          return new ApiFailure(401, 'session-ended', 'refresh token used twice');
        }
        // The answer that carried `child` never arrived: withdraw it and answer anew.
        await this.store.sessions.markSuperseded(child.refreshHash, at);
        await this.auditReuse(session.id, 'session.lost-answer-retried', 'ok', origin, at, user.id);
      } else {
        await this.store.sessions.markRotated(token.refreshHash, at);
      }
      await this.store.sessions.extend(session.id, at, at + this.settings.refreshTokenTtlMs);
      return this.issue(user, session.id, token.refreshHash, origin.deviceId, at);
    });
    if (outcome instanceof ApiFailure) throw outcome;
    return outcome;
  }

  /**
   * A repeat of the request that got `child` (its answer lost): `child` was never used, and
   * the repeat comes from the browser it was issued to, shortly after.
   */
  private isLostAnswerRetry(child: SessionTokenRecord, origin: RefreshOrigin, at: number): boolean {
    return (
      child.rotatedAt === null &&
      origin.deviceId !== null &&
      child.deviceId === origin.deviceId &&
      at - child.issuedAt <= this.settings.refreshRetryGraceMs
    );
  }

  private async auditReuse(
    sessionId: string,
    action: string,
    result: 'ok' | 'refused',
    origin: RefreshOrigin,
    at: number,
    actorId: string | null = null,
  ): Promise<void> {
    await this.store.audit.record({
      at,
      actorId,
      action,
      objectType: 'session',
      objectId: sessionId,
      result,
      origin: origin.address,
    });
  }

  /** Who holds this access token; throws a 401 with the reason the client must act on. */
  async authenticate(accessToken: string): Promise<Principal> {
    const at = this.now();
    const token = await this.store.sessions.findTokenByAccessHash(hashSecret(accessToken));
    if (!token || token.supersededAt !== null) {
      throw new ApiFailure(401, 'unauthorized', 'unknown access token');
    }
    const { user } = await this.liveSessionOf(token.sessionId, at);
    if (token.accessExpiresAt <= at) {
      throw new ApiFailure(401, 'token-expired', 'access token expired');
    }
    return { user, sessionId: token.sessionId };
  }

  async end(sessionId: string, reason: 'logout' | 'revoked'): Promise<void> {
    await this.store.sessions.end(sessionId, this.now(), reason);
  }

  endAllForUser(userId: string): Promise<number> {
    return this.store.sessions.endAllForUser(userId, this.now(), 'revoked');
  }

  private async liveSessionOf(
    sessionId: string,
    at: number,
  ): Promise<{ session: DeviceSessionRecord; user: UserRecord }> {
    const session = await this.store.sessions.findSession(sessionId);
    const user = session && (await this.store.users.findById(session.userId));
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

  private async issue(
    user: UserRecord,
    sessionId: string,
    parentHash: string | null,
    deviceId: string | null,
    at: number,
  ): Promise<TokenResponse> {
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
      deviceId,
    };
    await this.store.sessions.insertToken(record);
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
