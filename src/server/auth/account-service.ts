import { randomUUID } from 'node:crypto';
import type {
  AdminUser,
  InviteAnswer,
  LoginRequest,
  SetupInfo,
  SetupRequest,
  TokenResponse,
  UpdateUserRequest,
} from '../../shared/auth-api.ts';
import { SETUP_PATH } from '../../shared/auth-api.ts';
import type { Role } from '../../shared/roles.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { Store, UserRecord } from '../store/store.ts';
import type { AuthSettings } from './auth-settings.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password.ts';
import { hashSecret, newSecretToken } from './secret-token.ts';
import type { SessionService } from './session-service.ts';
import { toSessionUser } from './session-user.ts';

const GENERIC_LOGIN_FAILURE = 'e-mail address or password is wrong';

export interface RequestOrigin {
  actorId: string | null;
  /** The client address (behind a trusted proxy: the one it forwarded). */
  address: string;
  /** The browser's noaber_device cookie, when the request carried one or got one. */
  deviceId?: string | null;
}

/**
 * Accounts: the first administrator, invitations with one-time setup links, sign-in, and the
 * changes a beheerder makes. Every change is audited with who did it and from where.
 */
export class AccountService {
  constructor(
    private readonly store: Store,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly settings: AuthSettings,
    private readonly now: () => number = Date.now,
  ) {}

  async needsFirstAdministrator(): Promise<boolean> {
    return (await this.store.users.count()) === 0;
  }

  /** A new link for the first administrator; earlier unused ones stop working. */
  firstAdministratorLink(): Promise<{ link: string; expiresAt: number }> {
    return this.store.transaction(async () => {
      await this.store.setupLinks.expireUnused(null, this.now());
      return this.newSetupLink(null);
    });
  }

  /** NOABER_ADMIN_EMAIL + NOABER_ADMIN_PASSWORD: scripted installs skip the link. */
  async createFirstAdministrator(email: string, password: string): Promise<UserRecord> {
    const passwordHash = await hashPassword(password);
    return this.store.transaction(async () => {
      if (!(await this.needsFirstAdministrator())) {
        throw new ApiFailure(409, 'conflict', 'there is an administrator already');
      }
      const user = await this.insertUser(
        email,
        email.split('@')[0] ?? email,
        ['beheerder'],
        [],
        'active',
        passwordHash,
      );
      await this.audit(
        { actorId: null, address: 'local' },
        'user.create-first-administrator',
        user.id,
        'ok',
      );
      return user;
    });
  }

  async login(request: LoginRequest, origin: RequestOrigin): Promise<TokenResponse> {
    const at = this.now();
    // Counted before the password check, in one transaction with the decision: parallel
    // attempts cannot all slip through while the first ones are still being checked.
    const verdict = await this.throttle.begin(request.email, origin.address, at);
    if (!verdict.allowed) {
      await this.audit(origin, 'sign-in', null, 'refused');
      throw new ApiFailure(
        429,
        'rate-limited',
        'too many failed sign-ins',
        Math.ceil(verdict.waitMs / 1000),
      );
    }
    const user = await this.store.users.findByEmail(request.email);
    const valid =
      user?.passwordHash && user.status === 'active'
        ? await verifyPassword(request.password, user.passwordHash)
        : await verifyAgainstNothing(request.password);
    if (!user || !valid) {
      await this.throttle.failed(origin.address, at);
      await this.audit(
        { ...origin, actorId: user?.id ?? null },
        'sign-in',
        user?.id ?? null,
        'refused',
      );
      throw new ApiFailure(401, 'invalid-credentials', GENERIC_LOGIN_FAILURE);
    }
    return this.store.transaction(async () => {
      await this.throttle.succeeded(request.email);
      await this.audit({ ...origin, actorId: user.id }, 'sign-in', user.id, 'ok');
      return this.sessions.start(user, request.deviceLabel ?? '', origin.deviceId);
    });
  }

  async setupInfo(token: string): Promise<SetupInfo> {
    const { user } = await this.usableSetupLink(token);
    return user
      ? { firstAdministrator: false, email: user.email, displayName: user.displayName }
      : { firstAdministrator: true };
  }

  /** Sets the password of an invited user (or creates the first administrator) and signs in. */
  async completeSetup(request: SetupRequest, origin: RequestOrigin): Promise<TokenResponse> {
    await this.usableSetupLink(request.token);
    const passwordHash = await hashPassword(request.password);
    return this.store.transaction(async () => {
      // Checked again inside the transaction: two tabs may race with the same link.
      const { link, user } = await this.usableSetupLink(request.token);
      const at = this.now();
      let account: UserRecord;
      if (user) {
        await this.store.users.update(user.id, { passwordHash, status: 'active', updatedAt: at });
        account = { ...user, passwordHash, status: 'active' };
      } else {
        if (!request.email || !request.displayName) {
          throw new ApiFailure(400, 'invalid-body', 'email and displayName are required');
        }
        if (!(await this.needsFirstAdministrator())) {
          throw new ApiFailure(400, 'invalid-setup-link', 'there is an administrator already');
        }
        account = await this.insertUser(
          request.email,
          request.displayName,
          ['beheerder'],
          [],
          'active',
          passwordHash,
        );
      }
      await this.store.setupLinks.markUsed(link.tokenHash, at);
      await this.audit({ ...origin, actorId: account.id }, 'user.setup-password', account.id, 'ok');
      return this.sessions.start(account, request.deviceLabel ?? '', origin.deviceId);
    });
  }

  invite(
    request: { email: string; displayName: string; roles: Role[]; kernIds: string[] },
    origin: RequestOrigin,
  ): Promise<InviteAnswer> {
    return this.store.transaction(async () => {
      if (await this.store.users.findByEmail(request.email)) {
        throw new ApiFailure(409, 'conflict', 'an account with this e-mail address exists');
      }
      await this.requireKernen(request.kernIds);
      const user = await this.insertUser(
        request.email,
        request.displayName,
        request.roles,
        request.kernIds,
        'invited',
        null,
      );
      const { link, expiresAt } = await this.newSetupLink(user.id);
      await this.audit(origin, 'user.invite', user.id, 'ok');
      return { user: toAdminUser(user), setupLink: link, setupLinkExpiresAt: expiresAt };
    });
  }

  /**
   * An account that can sign in at once with the given password, without a setup link. For
   * the demo accounts of `npm run demo` only: real colleagues are invited.
   */
  async createWithPassword(
    request: { email: string; displayName: string; roles: Role[]; kernIds: string[] },
    password: string,
    origin: RequestOrigin,
  ): Promise<AdminUser> {
    const passwordHash = await hashPassword(password);
    return this.store.transaction(async () => {
      if (await this.store.users.findByEmail(request.email)) {
        throw new ApiFailure(409, 'conflict', 'an account with this e-mail address exists');
      }
      await this.requireKernen(request.kernIds);
      const user = await this.insertUser(
        request.email,
        request.displayName,
        request.roles,
        request.kernIds,
        'active',
        passwordHash,
      );
      await this.audit(origin, 'user.create-with-password', user.id, 'ok');
      return toAdminUser(user);
    });
  }

  /** A fresh setup link (lost invitation, forgotten password); old unused links stop working. */
  newSetupLinkFor(
    userId: string,
    origin: RequestOrigin,
  ): Promise<{ setupLink: string; setupLinkExpiresAt: number }> {
    return this.store.transaction(async () => {
      const user = await this.requireUser(userId);
      if (user.status === 'deactivated') {
        throw new ApiFailure(409, 'conflict', 'the account is deactivated');
      }
      await this.store.setupLinks.expireUnused(user.id, this.now());
      const { link, expiresAt } = await this.newSetupLink(user.id);
      await this.audit(origin, 'user.new-setup-link', user.id, 'ok');
      return { setupLink: link, setupLinkExpiresAt: expiresAt };
    });
  }

  update(userId: string, request: UpdateUserRequest, origin: RequestOrigin): Promise<AdminUser> {
    return this.store.transaction(async () => {
      const user = await this.requireUser(userId);
      if (request.kernIds) await this.requireKernen(request.kernIds);
      const removesOwnAdmin =
        userId === origin.actorId &&
        ((request.roles && !request.roles.includes('beheerder')) || request.active === false);
      if (removesOwnAdmin) {
        throw new ApiFailure(409, 'conflict', 'you cannot remove your own administrator access');
      }
      const at = this.now();
      const status =
        request.active === undefined
          ? user.status
          : request.active
            ? user.passwordHash
              ? 'active'
              : 'invited'
            : 'deactivated';
      await this.store.users.update(userId, {
        ...(request.displayName === undefined ? {} : { displayName: request.displayName }),
        ...(request.roles === undefined ? {} : { roles: request.roles }),
        ...(request.kernIds === undefined ? {} : { kernIds: request.kernIds }),
        status,
        updatedAt: at,
      });
      if (status === 'deactivated' && user.status !== 'deactivated') {
        await this.sessions.endAllForUser(userId);
        await this.store.setupLinks.expireUnused(userId, at);
      }
      await this.audit(
        origin,
        status === 'deactivated' ? 'user.deactivate' : 'user.update',
        userId,
        'ok',
      );
      return toAdminUser(await this.requireUser(userId));
    });
  }

  async list(): Promise<AdminUser[]> {
    return (await this.store.users.list()).map(toAdminUser);
  }

  private async usableSetupLink(token: string) {
    const link = await this.store.setupLinks.find(hashSecret(token));
    if (!link || link.usedAt !== null || link.expiresAt <= this.now()) {
      throw new ApiFailure(400, 'invalid-setup-link', 'this link is unknown, used or expired');
    }
    const user = link.userId === null ? undefined : await this.store.users.findById(link.userId);
    if (link.userId !== null && (!user || user.status === 'deactivated')) {
      throw new ApiFailure(400, 'invalid-setup-link', 'the account of this link is deactivated');
    }
    return { link, user };
  }

  private async newSetupLink(userId: string | null): Promise<{ link: string; expiresAt: number }> {
    const token = newSecretToken();
    const at = this.now();
    const expiresAt = at + this.settings.setupLinkTtlMs;
    await this.store.setupLinks.insert({
      tokenHash: hashSecret(token),
      userId,
      createdAt: at,
      expiresAt,
    });
    // The token travels in the fragment: browsers never send it, so no log can hold it. The
    // base is the configured PUBLIC_URL, never the request's Host header, which the sender
    // of a request chooses: a forged one would put a stranger's site in front of the token.
    return { link: `${this.settings.publicUrl}${SETUP_PATH}#token=${token}`, expiresAt };
  }

  private async insertUser(
    email: string,
    displayName: string,
    roles: Role[],
    kernIds: string[],
    status: UserRecord['status'],
    passwordHash: string | null,
  ): Promise<UserRecord> {
    const at = this.now();
    const user: UserRecord = {
      id: randomUUID(),
      email,
      displayName,
      passwordHash,
      status,
      roles,
      kernIds,
      createdAt: at,
      updatedAt: at,
    };
    await this.store.users.insert(user);
    return user;
  }

  private async requireUser(userId: string): Promise<UserRecord> {
    const user = await this.store.users.findById(userId);
    if (!user) throw new ApiFailure(404, 'not-found', 'no such user');
    return user;
  }

  private async requireKernen(kernIds: readonly string[]): Promise<void> {
    for (const kernId of kernIds) {
      if (!(await this.store.reference.findKern(kernId))) {
        throw new ApiFailure(400, 'invalid-body', `kernIds: no kern ${kernId}`);
      }
    }
  }

  private async audit(
    origin: RequestOrigin,
    action: string,
    userId: string | null,
    result: 'ok' | 'refused',
  ): Promise<void> {
    await this.store.audit.record({
      at: this.now(),
      actorId: origin.actorId,
      action,
      objectType: 'user',
      objectId: userId,
      result,
      origin: origin.address,
    });
  }
}

/** What a beheerder sees of an account: the session view plus status; never the hash. */
export function toAdminUser(user: UserRecord): AdminUser {
  return { ...toSessionUser(user), status: user.status, createdAt: user.createdAt };
}
