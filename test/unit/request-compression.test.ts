import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestJson } from '../../src/sync/api-client.ts';
import {
  COMPRESS_BODY_ABOVE_BYTES,
  gzipBody,
  shouldCompressBody,
} from '../../src/sync/request-compression.ts';

describe('whether a request body goes compressed', () => {
  it('compresses a body above the threshold only, and only where the browser can', () => {
    expect(shouldCompressBody(COMPRESS_BODY_ABOVE_BYTES + 1, true)).toBe(true);
    expect(shouldCompressBody(5 * COMPRESS_BODY_ABOVE_BYTES, true)).toBe(true);
    expect(shouldCompressBody(COMPRESS_BODY_ABOVE_BYTES, true)).toBe(false);
    expect(shouldCompressBody(200, true)).toBe(false);
    expect(shouldCompressBody(5 * COMPRESS_BODY_ABOVE_BYTES, false)).toBe(false);
  });

  it('keeps the threshold small enough that a full push batch is compressed', () => {
    expect(COMPRESS_BODY_ABOVE_BYTES).toBeGreaterThanOrEqual(1024);
    expect(COMPRESS_BODY_ABOVE_BYTES).toBeLessThanOrEqual(16 * 1024);
  });

  it('writes gzip any gunzip reads back to the same bytes', async () => {
    const text = JSON.stringify({ note: 'Gesprek over bankjes, café en € 12 😀 '.repeat(500) });
    const bytes = new TextEncoder().encode(text);
    const gzipped = await gzipBody(bytes);
    expect(gunzipSync(gzipped).toString('utf8')).toBe(text);
    expect(gzipped.length).toBeLessThan(bytes.length / 10);
  });
});

/** What the server saw of each request. */
interface Seen {
  encoding: string | undefined;
  text: string;
}

describe('a request sent with compress: true', () => {
  let server: Server;
  let base: string;
  let seen: Seen[] = [];
  let refuseGzip = false;

  const read = async (request: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  beforeAll(async () => {
    server = createServer((request, response) => {
      void read(request).then((raw) => {
        const encoding = request.headers['content-encoding'];
        const json = { 'content-type': 'application/json' };
        if (encoding && refuseGzip) {
          response
            .writeHead(415, json)
            .end('{"error":{"reason":"unsupported-encoding","message":"no gzip here"}}');
          return;
        }
        const text = (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        seen.push({ encoding, text });
        response.writeHead(200, json).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen = [];
    refuseGzip = false;
  });

  const large = {
    mutations: Array.from({ length: 200 }, (_, i) => ({ id: i, note: 'é'.repeat(40) })),
  };
  const small = { mutations: [{ id: 1, note: 'kort' }] };

  it('sends a large body gzip, which the server reads back as the same JSON', async () => {
    await requestJson(`${base}/api/push`, { method: 'POST', body: large, compress: true });
    expect(seen).toEqual([{ encoding: 'gzip', text: JSON.stringify(large) }]);
  });

  it('sends a small body, or one without compress, as it is', async () => {
    await requestJson(`${base}/api/push`, { method: 'POST', body: small, compress: true });
    await requestJson(`${base}/api/push`, { method: 'POST', body: large });
    expect(seen).toEqual([
      { encoding: undefined, text: JSON.stringify(small) },
      { encoding: undefined, text: JSON.stringify(large) },
    ]);
  });

  it('sends it again uncompressed, once, when the server refuses the encoding', async () => {
    refuseGzip = true;
    await expect(
      requestJson(`${base}/api/push`, { method: 'POST', body: large, compress: true }),
    ).resolves.toEqual({ ok: true });
    expect(seen).toEqual([{ encoding: undefined, text: JSON.stringify(large) }]);
  });
});
