import { pipeline, Transform, type TransformCallback } from 'node:stream';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, preParsingHookHandler } from 'fastify';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol/push-size.ts';
import { ApiFailure } from './api-errors.ts';

/** Answers smaller than this go as they are: a header costs more than it would save. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** The encodings a request body may come in; the app sends gzip (request-compression.ts). */
const REQUEST_ENCODINGS: ('gzip' | 'identity')[] = ['gzip', 'identity'];

export interface CompressionOptions {
  /**
   * NOABER_COMPRESS_RESPONSES=0 turns off compressing API answers on the fly (only the bench
   * uses it, to measure what compression saves). Precompressed files and compressed request
   * bodies are unaffected.
   */
  responses: boolean;
}

/**
 * API answers above COMPRESS_THRESHOLD_BYTES go brotli (quality 4: fast enough per request)
 * or gzip, whichever the client prefers, with `Vary: Accept-Encoding`; a client that asks for
 * nothing gets identity. The static files are compressed at build time already: an answer
 * that carries a Content-Encoding is left alone (app-shell.ts).
 *
 * A request body may come gzip-compressed. Fastify's body limit (MAX_BODY_BYTES) counts the
 * decompressed bytes, so a small body that expands beyond it is refused with 413 before
 * anything is parsed; an encoding other than gzip or identity is refused with 415.
 */
export async function registerCompression(
  app: FastifyInstance,
  options: CompressionOptions,
): Promise<void> {
  await app.register(fastifyCompress, {
    globalCompression: options.responses,
    globalDecompression: true,
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    requestEncodings: REQUEST_ENCODINGS,
    onUnsupportedRequestEncoding: (encoding) =>
      new ApiFailure(
        415,
        'unsupported-encoding',
        `Content-Encoding ${encoding} is not accepted; send gzip or no encoding`,
      ),
  });
  // Fastify stops reading a body at its limit but leaves the stream running: gzip would go on
  // inflating a small request into gigabytes, on public routes too, before anyone is signed
  // in. The decompression is a route-level preParsing step (@fastify/compress puts it
  // first); this one, after it, cuts the decompression itself off at the limit.
  app.addHook('onRoute', (route) => {
    const steps = route.preParsing;
    route.preParsing = [
      ...(steps === undefined ? [] : Array.isArray(steps) ? steps : [steps]),
      limitDecompressed,
    ];
  });
}

const limitDecompressed: preParsingHookHandler = (request, _reply, payload, done) => {
  if (request.headers['content-encoding'] === undefined) {
    done(null, payload);
    return;
  }
  // pipeline: an error on either side (broken gzip, the limit) destroys both, and reaches
  // Fastify through `limited`.
  const limited = pipeline(payload, new DecompressedLimit(MAX_BODY_BYTES), () => undefined);
  // Fastify compares the bytes that arrived with Content-Length through this property, which
  // the decompression keeps (the compressed bytes read).
  Object.defineProperty(limited, 'receivedEncodedLength', {
    get: () => (payload as { receivedEncodedLength?: number }).receivedEncodedLength,
  });
  done(null, limited);
};

/** Passes bytes on until more than `limit` went through, then fails (destroying the source). */
class DecompressedLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, next: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) {
      next(
        new ApiFailure(
          413,
          'payload-too-large',
          `the body is larger than ${this.limit} bytes once decompressed`,
        ),
      );
      return;
    }
    next(null, chunk);
  }
}
