import * as v from 'valibot';
import { ROLES, type Role } from './roles.ts';

/**
 * Request and answer shapes of /api/auth/* and /api/admin/*, validated on both sides with the
 * same schemas. Every object is strict: an unknown field is an error, never silently dropped.
 */
/** The app page a setup link opens; the one-time token follows in the #fragment. */
export const SETUP_PATH = '/wachtwoord-instellen';

export const MAX_EMAIL_LENGTH = 254;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
const MAX_NAME_LENGTH = 120;
const MAX_TOKEN_LENGTH = 200;

export const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(MAX_EMAIL_LENGTH),
  v.email(),
);
export const PasswordSchema = v.pipe(
  v.string(),
  v.minLength(MIN_PASSWORD_LENGTH),
  v.maxLength(MAX_PASSWORD_LENGTH),
);
/** Sign-in takes any password up to the limit: a short one is simply wrong, not invalid. */
const AnyPasswordSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_LENGTH));
export const DisplayNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(MAX_NAME_LENGTH),
);
const TokenSchema = v.pipe(v.string(), v.minLength(16), v.maxLength(MAX_TOKEN_LENGTH));
export const IdSchema = v.pipe(v.string(), v.uuid());
const RoleSchema = v.picklist(ROLES);

/** The first entry a list holds twice, if any. */
function firstRepeat(items: readonly unknown[]): unknown {
  const seen = new Set<unknown>();
  for (const item of items) {
    if (seen.has(item)) return item;
    seen.add(item);
  }
  return undefined;
}
/** Each entry once: a role or kern given twice is a mistake, refused with its name. */
function eachOnce<T>() {
  return v.check<T[], (issue: v.CheckIssue<T[]>) => string>(
    (items) => firstRepeat(items) === undefined,
    (issue) => `${String(firstRepeat(issue.input))} is listed twice`,
  );
}
const RolesSchema = v.pipe(v.array(RoleSchema), eachOnce<Role>(), v.maxLength(ROLES.length));
const KernIdsSchema = v.pipe(v.array(IdSchema), eachOnce<string>(), v.maxLength(500));
const DeviceLabelSchema = v.pipe(v.string(), v.trim(), v.maxLength(MAX_NAME_LENGTH));

export const LoginRequestSchema = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(MAX_EMAIL_LENGTH)),
  password: AnyPasswordSchema,
  deviceLabel: v.optional(DeviceLabelSchema),
});
export type LoginRequest = v.InferInput<typeof LoginRequestSchema>;

export const RefreshRequestSchema = v.strictObject({ refreshToken: TokenSchema });

export const SetupInfoRequestSchema = v.strictObject({ token: TokenSchema });
export const SetupInfoSchema = v.strictObject({
  /** The very first administrator: the form also asks for e-mail and name. */
  firstAdministrator: v.boolean(),
  email: v.optional(v.string()),
  displayName: v.optional(v.string()),
});
export type SetupInfo = v.InferOutput<typeof SetupInfoSchema>;

export const SetupRequestSchema = v.strictObject({
  token: TokenSchema,
  password: PasswordSchema,
  email: v.optional(EmailSchema),
  displayName: v.optional(DisplayNameSchema),
  deviceLabel: v.optional(DeviceLabelSchema),
});
export type SetupRequest = v.InferInput<typeof SetupRequestSchema>;

export const SessionUserSchema = v.strictObject({
  id: IdSchema,
  email: v.string(),
  displayName: v.string(),
  roles: v.array(RoleSchema),
  kernIds: v.array(IdSchema),
});
export type SessionUser = v.InferOutput<typeof SessionUserSchema>;

export const TokenResponseSchema = v.strictObject({
  accessToken: v.string(),
  /** Milliseconds since the epoch, by the server's clock. */
  accessExpiresAt: v.number(),
  refreshToken: v.string(),
  refreshExpiresAt: v.number(),
  sessionId: IdSchema,
  user: SessionUserSchema,
});
export type TokenResponse = v.InferOutput<typeof TokenResponseSchema>;

export const InviteUserRequestSchema = v.strictObject({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  roles: v.pipe(RolesSchema, v.minLength(1)),
  kernIds: v.optional(KernIdsSchema, []),
});
export type InviteUserRequest = v.InferInput<typeof InviteUserRequestSchema>;

export const UpdateUserRequestSchema = v.strictObject({
  displayName: v.optional(DisplayNameSchema),
  roles: v.optional(v.pipe(RolesSchema, v.minLength(1))),
  kernIds: v.optional(KernIdsSchema),
  active: v.optional(v.boolean()),
});
export type UpdateUserRequest = v.InferInput<typeof UpdateUserRequestSchema>;

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const AdminUserSchema = v.strictObject({
  id: IdSchema,
  email: v.string(),
  displayName: v.string(),
  roles: v.array(RoleSchema),
  kernIds: v.array(IdSchema),
  status: v.picklist(USER_STATUSES),
  createdAt: v.number(),
});
export type AdminUser = v.InferOutput<typeof AdminUserSchema>;

export const InviteAnswerSchema = v.strictObject({
  user: AdminUserSchema,
  setupLink: v.string(),
  setupLinkExpiresAt: v.number(),
});
export type InviteAnswer = v.InferOutput<typeof InviteAnswerSchema>;

export const DeviceSessionSchema = v.strictObject({
  id: IdSchema,
  deviceLabel: v.string(),
  createdAt: v.number(),
  lastUsedAt: v.number(),
  expiresAt: v.number(),
  revokedAt: v.nullable(v.number()),
  /**
   * What the device last said it still had to send (with every sync request), and when;
   * null when it never synced. Stale by nature: the device may have sent or saved since.
   */
  unsent: v.nullable(v.strictObject({ count: v.number(), reportedAt: v.number() })),
  /** A revoked device delivered its outbox into the quarantine (quarantine-api.ts). */
  delivered: v.boolean(),
});
export type DeviceSession = v.InferOutput<typeof DeviceSessionSchema>;
