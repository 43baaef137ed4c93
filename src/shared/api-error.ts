/**
 * Errors as reason codes. The server answers every failure with one of these codes; the app
 * maps each code to plain Dutch (or English) words in one place, never by parsing messages.
 */
export const API_ERROR_REASONS = [
  'not-found',
  'method-not-allowed',
  'invalid-json',
  'invalid-body',
  'payload-too-large',
  'rate-limited',
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
