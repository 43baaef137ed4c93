import { isApiErrorReason, type ApiErrorReason } from '../shared/api-error.ts';
import { canCompressBody, gzipBody, shouldCompressBody } from './request-compression.ts';

/** A request that has not answered by then is treated as a lost connection. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Why a request failed, as one reason code the app maps to words in one place:
 * the server's own reasons, plus what can go wrong before the server answers.
 * - network: no connection, or the request timed out;
 * - bad-answer: something answered that is not our server (a captive portal's HTML page).
 */
export type FailureReason = ApiErrorReason | 'network' | 'bad-answer';

export class ApiError extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  accessToken?: string;
  signal?: AbortSignal;
  /**
   * A body that may be large (a push, an outbox delivery) goes gzip-compressed above
   * COMPRESS_BODY_ABOVE_BYTES (request-compression.ts).
   */
  compress?: boolean;
}

interface EncodedBody {
  body: Uint8Array<ArrayBuffer> | string;
  encoding?: 'gzip';
}

const encoder = new TextEncoder();

async function encodeBody(value: unknown, compress: boolean): Promise<EncodedBody> {
  const text = JSON.stringify(value);
  if (!compress) return { body: text };
  const bytes = encoder.encode(text);
  if (!shouldCompressBody(bytes.length, canCompressBody())) return { body: text };
  return { body: await gzipBody(bytes), encoding: 'gzip' };
}

/**
 * One JSON request to the central endpoint. Only a JSON answer from our API counts: a 200 with
 * HTML (a hotel Wi-Fi login page) is a failure, never a success.
 */
export async function requestJson(path: string, options: RequestOptions = {}): Promise<unknown> {
  const encoded =
    options.body === undefined ? undefined : await encodeBody(options.body, !!options.compress);
  try {
    return await send(path, options, encoded);
  } catch (error) {
    const refusedEncoding = error instanceof ApiError && error.reason === 'unsupported-encoding';
    if (!refusedEncoding || !encoded?.encoding) throw error;
    // A server (or a proxy before it) that does not read gzip bodies: send it as it is, once.
    return send(path, options, await encodeBody(options.body, false));
  }
}

async function send(
  path: string,
  options: RequestOptions,
  encoded: EncodedBody | undefined,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(encoded ? { 'content-type': 'application/json' } : {}),
        ...(encoded?.encoding ? { 'content-encoding': encoded.encoding } : {}),
        ...(options.accessToken ? { authorization: `Bearer ${options.accessToken}` } : {}),
      },
      ...(encoded ? { body: encoded.body } : {}),
      signal,
      cache: 'no-store',
    });
  } catch (error) {
    // An abort by the caller is not a failure to report; a timeout is a lost connection.
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'fetch failed');
  }
  if (response.status === 204) return undefined;
  const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
  if (!isJson) throw new ApiError('bad-answer', response.status, 'the answer was not JSON');
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('bad-answer', response.status, 'the answer was broken JSON');
  }
  if (response.ok) return body;
  const error = (body as { error?: { reason?: unknown; message?: unknown } } | null)?.error;
  const reason = isApiErrorReason(error?.reason) ? error.reason : 'bad-answer';
  throw new ApiError(
    reason,
    response.status,
    typeof error?.message === 'string' ? error.message : '',
  );
}
