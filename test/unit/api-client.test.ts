import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, requestJson } from '../../src/sync/api-client.ts';

/** A small HTTP server that answers like the things a phone meets on the road. */
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/api/ok':
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"fine":true}');
        break;
      case '/api/portal':
        // A hotel Wi-Fi login page answering every address with 200.
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Log in</html>');
        break;
      case '/api/broken':
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"half":');
        break;
      case '/api/refused':
        response
          .writeHead(409, { 'content-type': 'application/json' })
          .end('{"error":{"reason":"conflict","message":"exists"}}');
        break;
      case '/api/proxy-error':
        response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad gateway');
        break;
      case '/api/empty':
        response.writeHead(204).end();
        break;
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failureOf(path: string): Promise<ApiError> {
  try {
    await requestJson(`${base}${path}`);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`${path} did not fail`);
}

describe('requestJson', () => {
  it('returns the JSON of a good answer, and nothing for 204', async () => {
    expect(await requestJson(`${base}/api/ok`)).toEqual({ fine: true });
    expect(await requestJson(`${base}/api/empty`)).toBeUndefined();
  });

  it('treats an HTML page with 200 (captive portal) as a failure, never as success', async () => {
    expect((await failureOf('/api/portal')).reason).toBe('bad-answer');
    expect((await failureOf('/api/broken')).reason).toBe('bad-answer');
    expect((await failureOf('/api/proxy-error')).reason).toBe('bad-answer');
  });

  it('passes the server’s reason code on', async () => {
    const error = await failureOf('/api/refused');
    expect(error.reason).toBe('conflict');
    expect(error.status).toBe(409);
  });

  it('reports no connection as network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(requestJson(`http://127.0.0.1:${port}/api/ok`)).rejects.toMatchObject({
      reason: 'network',
    });
  });

  it('rethrows the caller’s own abort instead of reporting it as a failure', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      requestJson(`${base}/api/ok`, { signal: controller.signal }),
    ).rejects.not.toBeInstanceOf(ApiError);
  });
});
