/**
 * Errors as reason codes. The server answers every failure with one of these codes; the app
 * maps each code to plain Dutch (or English) words in one place, never by parsing messages.
 */
export const API_ERROR_REASONS = [
  'not-found',
  'method-not-allowed',
  /** The URL's path is not valid percent-encoding. */
  'invalid-url',
  'invalid-json',
  'invalid-body',
  /** The body is larger than the server reads (MAX_BODY_BYTES), counted decompressed. */
  'payload-too-large',
  /** The body's Content-Encoding is not one the server reads (gzip or none). */
  'unsupported-encoding',
  'rate-limited',
  /** No or unknown access token: sign in. */
  'unauthorized',
  /** The access token is past its time: refresh it and try again. */
  'token-expired',
  /** The refresh token is expired, unknown or was used twice: sign in again, keep local data. */
  'session-ended',
  /** An administrator revoked this device or account: wipe local data. */
  'session-revoked',
  /** E-mail or password wrong; deliberately one reason for both. */
  'invalid-credentials',
  /** The setup link is unknown, used or expired. */
  'invalid-setup-link',
  'forbidden',
  /** The request is fine but clashes with what exists (an e-mail address in use). */
  'conflict',
  /** That parent would make a kern its own ancestor (kern-tree.ts). */
  'kern-cycle',
  /** The client's protocol is older than the server still accepts: update the app. */
  'update-required',
  /** The server was restored from a backup (new epoch): resync and send everything again. */
  'epoch-changed',
  /** A push skipped mutation ids: the server waits for the missing ones. */
  'mutation-gap',
  /** A revoked device's outbox delivery: this token may not deliver (quarantine-api.ts). */
  'delivery-refused',
  /** A revoked device's outbox delivery came after its window closed. */
  'delivery-expired',
  /** This revoked device delivered its outbox already: once only. */
  'already-delivered',
  /** The server cannot store anything now (disk full, database read-only): try again later. */
  'storage-unavailable',
  'internal',
] as const;

export type ApiErrorReason = (typeof API_ERROR_REASONS)[number];

/** The body of every non-2xx API answer. `message` is for developers, not for users. */
export interface ApiErrorBody {
  error: {
    reason: ApiErrorReason;
    message: string;
  };
}

export function apiErrorBody(reason: ApiErrorReason, message: string): ApiErrorBody {
  return { error: { reason, message } };
}

export function isApiErrorReason(value: unknown): value is ApiErrorReason {
  return typeof value === 'string' && (API_ERROR_REASONS as readonly string[]).includes(value);
}
