import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiErrorReason } from '../../src/shared/api-error.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';

describe('API error handling', () => {
  let server: InProcessServer;
  let echoCalls = 0;

  beforeAll(async () => {
    server = await startInProcessServer({
      staticDir: DIST_DIR,
      // A JSON route like the real ones: body schema, handler that would write.
      addRoutes(app) {
        app.post(
          '/api/test-echo',
          {
            config: { access: 'public' },
            schema: {
              body: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: { name: { type: 'string' } },
              },
            },
          },
          (request, reply) => {
            echoCalls += 1;
            return reply.send(request.body);
          },
        );
      },
    });
  });
  afterAll(() => server.close());

  async function expectApiError(response: Response, status: number, reason: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { reason: unknown; message: unknown } };
    expect(body.error.reason).toBe(reason);
    expect(isApiErrorReason(body.error.reason)).toBe(true);
    expect(typeof body.error.message).toBe('string');
  }

  it('answers unknown API routes with a JSON 404, whatever the method and body', async () => {
    await expectApiError(await fetch(`${server.baseUrl}/api/nope`), 404, 'not-found');
    await expectApiError(await fetch(`${server.baseUrl}/api`), 404, 'not-found');
    await expectApiError(
      await fetch(`${server.baseUrl}/api/nope`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{not json',
      }),
      404,
      'not-found',
    );
    await expectApiError(
      await fetch(`${server.baseUrl}/api/nope`, { method: 'DELETE' }),
      404,
      'not-found',
    );
  });

  it('does not send index.html for an unknown API path, even to a browser', async () => {
    const response = await fetch(`${server.baseUrl}/api/nope`, {
      headers: { accept: 'text/html' },
    });
    await expectApiError(response, 404, 'not-found');
  });

  it('answers a body that is not JSON with 400 and never runs the handler', async () => {
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${server.baseUrl}/api/test-echo`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
    await expectApiError(await post('{"name": '), 400, 'invalid-json');
    await expectApiError(await post('<html>hello</html>'), 400, 'invalid-json');
    await expectApiError(await post(''), 400, 'invalid-json');
    await expectApiError(await post('name=x', 'text/plain'), 400, 'invalid-json');
    await expectApiError(
      await post('name=x', 'application/x-www-form-urlencoded'),
      400,
      'invalid-json',
    );
    expect(echoCalls).toBe(0);
  });

  it('answers JSON of the wrong shape with 400 invalid-body', async () => {
    const response = await fetch(`${server.baseUrl}/api/test-echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 42, extra: true }),
    });
    await expectApiError(response, 400, 'invalid-body');
    expect(echoCalls).toBe(0);
  });

  it('answers an oversized body with 413', async () => {
    const response = await fetch(`${server.baseUrl}/api/test-echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    await expectApiError(response, 413, 'payload-too-large');
    expect(echoCalls).toBe(0);
  });

  it('accepts a valid body (the route above is real)', async () => {
    const response = await fetch(`${server.baseUrl}/api/test-echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Hoonhorst' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: 'Hoonhorst' });
    expect(echoCalls).toBe(1);
  });
});
