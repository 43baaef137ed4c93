import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol/push-size.ts';
import { apiErrorBody, type ApiErrorReason } from '../../shared/api-error.ts';
import { StorageUnavailableError } from '../store/store.ts';

/** How long a client waits before retrying a write the storage could not take. */
const STORAGE_RETRY_AFTER_SECONDS = 60;

/** Fastify's own error codes for bodies a client sent, mapped to our reason codes. */
const CLIENT_ERROR_REASONS: Record<string, { status: number; reason: ApiErrorReason }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, reason: 'invalid-json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, reason: 'invalid-json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, reason: 'invalid-body' },
  // The API speaks JSON only; any other body is a bad request, not a format to negotiate.
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 400, reason: 'invalid-json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, reason: 'payload-too-large' },
};

/** A compressed body counts by what it expands to (compression.ts): say so when it is refused. */
function describe(error: FastifyError, request: FastifyRequest): string {
  const encoding = request.headers['content-encoding'];
  if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE' || !encoding || encoding === 'identity') {
    return error.message;
  }
  return `the body is larger than ${MAX_BODY_BYTES} bytes once decompressed (${encoding})`;
}

/**
 * A refusal a route throws on purpose: status, reason code and a message for developers.
 * The error handler turns it into the JSON error body.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly reason: ApiErrorReason,
    message: string,
    /** Seconds the client should wait, for 429 answers. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export function sendApiError(
  reply: FastifyReply,
  status: number,
  reason: ApiErrorReason,
  message: string,
): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send(apiErrorBody(reason, message));
}

/**
 * Every error becomes a JSON answer with a reason code. Anything a client can send is a 4xx;
 * a storage that cannot take writes is a 503 with Retry-After; a 500 means a bug in the
 * server, is logged without the request body, and says nothing more.
 */
export function registerApiErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(
    (error: FastifyError | ApiFailure | StorageUnavailableError, request, reply) => {
      if (error instanceof ApiFailure) {
        if (error.retryAfterSeconds !== undefined) {
          void reply.header('retry-after', String(error.retryAfterSeconds));
        }
        return sendApiError(reply, error.status, error.reason, error.message);
      }
      if (error instanceof StorageUnavailableError) {
        // Not the client's fault and not a bug: the operator must make room or fix the file.
        request.log.error({ failure: error.failure }, 'the database cannot take writes');
        void reply.header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS));
        return sendApiError(reply, 503, 'storage-unavailable', error.message);
      }
      const known = CLIENT_ERROR_REASONS[error.code];
      if (known) return sendApiError(reply, known.status, known.reason, describe(error, request));
      if (error.validation) return sendApiError(reply, 400, 'invalid-body', error.message);
      if (error.statusCode === 429) return sendApiError(reply, 429, 'rate-limited', error.message);
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        return sendApiError(reply, error.statusCode, 'invalid-body', error.message);
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendApiError(reply, 500, 'internal', 'internal server error');
    },
  );
}
