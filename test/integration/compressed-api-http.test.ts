import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/shared/sync-protocol/push-size.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { requestJson } from '../../src/sync/api-client.ts';
import { COMPRESS_BODY_ABOVE_BYTES } from '../../src/sync/request-compression.ts';
import { serverWithConnectors } from '../support/connectors-server.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';
import { rawRequest } from '../support/raw-http.ts';
import { makeTempDir } from '../support/temp-dir.ts';

/**
 * Issue 19 over real HTTP: API answers compressed for a client that accepts it, request
 * bodies accepted gzip-compressed and applied exactly as plain ones, and a compressed body
 * that expands beyond the body limit, or comes in an unknown encoding, refused with nothing
 * changed.
 */
const EMAIL = 'gzip@dalfsen.test';
/** The Content-Encoding of each push as it reached the server. */
const pushEncodings: (string | undefined)[] = [];
const setup = serverWithConnectors([EMAIL], {
  addRoutes: (app) => {
    app.addHook('onRequest', (request, _reply, done) => {
      if (request.url === '/api/sync/push') pushEncodings.push(request.headers['content-encoding']);
      done();
    });
  },
});

const NOTE = 'Gesprek over de bankjes bij het café, € 40 subsidie 😀 ';

/** A create of a person, with a long note-like field so that a batch is worth compressing. */
function createPerson(mutationId: number, name: string, dataBasis = 'contactpersoon vereniging') {
  const id = randomUUID();
  return {
    id: mutationId,
    table: 'people',
    recordId: id,
    kind: 'create',
    patch: {
      id,
      createdAt: 1,
      updatedAt: 1,
      deleted: false,
      name,
      kernId: setup.kernId,
      phone: '',
      email: '',
      memberships: [],
      dataBasis,
    },
    baseCursor: 0,
  };
}

/** A batch of creates, with one the server rejects (a kern this account may not write). */
function batch(clientId: string, firstId: number) {
  const mutations = Array.from({ length: 40 }, (_, i) =>
    createPerson(firstId + i, `${NOTE}${i}`, `${NOTE.repeat(5)}${i}`),
  );
  const elsewhere = createPerson(firstId + 40, 'Ergens anders');
  elsewhere.patch.kernId = randomUUID();
  mutations.push(elsewhere);
  return { clientId, protocolVersion: PROTOCOL_VERSION, epoch: null, mutations };
}

function post(path: string, body: Buffer | string, headers: Record<string, string> = {}) {
  return rawRequest(`${setup.server.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${setup.token(EMAIL)}`,
      ...headers,
    },
    body,
  });
}

function withoutIdAndTimes(data: Record<string, unknown> | undefined) {
  return Object.fromEntries(
    Object.entries(data ?? {}).filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key)),
  );
}

const json = (body: Buffer) => JSON.parse(body.toString('utf8')) as Record<string, unknown>;
const pullRows = async () => (await setup.server.store.sync.pullPage(0, null, 100_000)).rows;

describe('request bodies sent gzip-compressed', () => {
  it('applies a gzip push exactly as the same push sent plain', async () => {
    const plainClient = randomUUID();
    const gzipClient = randomUUID();
    const plainBatch = batch(plainClient, 1);
    const gzipBatch = batch(gzipClient, 1);
    const before = (await pullRows()).length;

    const plain = await post('/api/sync/push', JSON.stringify(plainBatch));
    const text = JSON.stringify(gzipBatch);
    const compressed = gzipSync(text);
    expect(compressed.length).toBeLessThan(text.length / 5);
    const gzipped = await post('/api/sync/push', compressed, { 'content-encoding': 'gzip' });

    expect(gzipped.status).toBe(200);
    expect(plain.status).toBe(200);
    const plainAnswer = { ...json(plain.body), epoch: undefined };
    const gzipAnswer = { ...json(gzipped.body), epoch: undefined };
    expect(gzipAnswer).toEqual(plainAnswer);
    expect(gzipAnswer).toMatchObject({
      lastMutationId: 41,
      rejected: [{ id: 41, reason: 'forbidden' }],
    });

    // Both stored the same records, character for character (é, €, the emoji).
    const stored = new Map((await pullRows()).map((row) => [row.id, row.data]));
    expect(stored.size).toBeGreaterThanOrEqual(before + 80);
    for (const [sent, other] of [
      [gzipBatch, plainBatch],
      [plainBatch, gzipBatch],
    ] as const) {
      sent.mutations.slice(0, 40).forEach((mutation, i) => {
        const data = stored.get(mutation.recordId);
        expect(data, mutation.recordId).toMatchObject({ name: mutation.patch.name });
        const twin = stored.get(other.mutations[i]?.recordId ?? '');
        // The server sets the times when it applies; everything else is the same.
        expect(withoutIdAndTimes(data)).toEqual(withoutIdAndTimes(twin));
      });
    }
  });

  it("takes the app's own compressed push (requestJson with compress, as the sync engine sends it)", async () => {
    const sent = batch(randomUUID(), 1);
    expect(JSON.stringify(sent).length).toBeGreaterThan(COMPRESS_BODY_ABOVE_BYTES);
    pushEncodings.length = 0;
    const answer = await requestJson(`${setup.server.baseUrl}/api/sync/push`, {
      method: 'POST',
      body: sent,
      accessToken: setup.token(EMAIL),
      compress: true,
    });
    expect(answer).toMatchObject({
      lastMutationId: 41,
      rejected: [{ id: 41, reason: 'forbidden' }],
    });
    expect(pushEncodings).toEqual(['gzip']);
    const stored = new Map((await pullRows()).map((row) => [row.id, row.data]));
    for (const mutation of sent.mutations.slice(0, 40)) {
      expect(stored.get(mutation.recordId)).toMatchObject({ name: mutation.patch.name });
    }
  });

  it('refuses with 413 a small gzip body that expands beyond the body limit, changing nothing', async () => {
    const clientId = randomUUID();
    const huge = batch(clientId, 1);
    const first = huge.mutations[0];
    if (!first) throw new Error('empty batch');
    first.patch.name = 'a'.repeat(MAX_BODY_BYTES + 1);
    const compressed = gzipSync(JSON.stringify(huge));
    expect(compressed.length).toBeLessThan(64 * 1024);
    const before = (await pullRows()).length;

    const refused = await post('/api/sync/push', compressed, { 'content-encoding': 'gzip' });
    expect(refused.status).toBe(413);
    expect(json(refused.body)).toMatchObject({ error: { reason: 'payload-too-large' } });
    expect(JSON.stringify(json(refused.body))).toMatch(/decompressed/);
    expect((await pullRows()).length).toBe(before);

    // Nothing of it counted: the same client's mutation 1 is still the next one.
    const next = await post('/api/sync/push', gzipSync(JSON.stringify(batch(clientId, 1))), {
      'content-encoding': 'gzip',
    });
    expect(next.status).toBe(200);
    expect(json(next.body)).toMatchObject({ lastMutationId: 41 });
  });

  it('refuses an encoding it does not read with 415, changing nothing', async () => {
    const before = (await pullRows()).length;
    for (const encoding of ['br', 'compress', 'x-made-up']) {
      const refused = await post('/api/sync/push', JSON.stringify(batch(randomUUID(), 1)), {
        'content-encoding': encoding,
      });
      expect(refused.status, encoding).toBe(415);
      expect(json(refused.body), encoding).toMatchObject({
        error: { reason: 'unsupported-encoding' },
      });
    }
    expect((await pullRows()).length).toBe(before);
  });

  it('refuses a body that is not the gzip it claims with 400', async () => {
    const before = (await pullRows()).length;
    const refused = await post('/api/sync/push', JSON.stringify(batch(randomUUID(), 1)), {
      'content-encoding': 'gzip',
    });
    expect(refused.status).toBe(400);
    expect(json(refused.body)).toMatchObject({ error: { reason: 'invalid-body' } });
    expect((await pullRows()).length).toBe(before);
  });
});

describe('API answers', () => {
  const pull = (acceptEncoding?: string) =>
    post(
      '/api/sync/pull',
      JSON.stringify({
        clientId: randomUUID(),
        protocolVersion: PROTOCOL_VERSION,
        epoch: null,
        cursor: 0,
      }),
      acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    );

  beforeAll(async () => {
    // Rows to pull: well over the 1 KiB threshold.
    const pushed = await post('/api/sync/push', JSON.stringify(batch(randomUUID(), 1)));
    expect(pushed.status).toBe(200);
  });

  it('go brotli to a client that accepts it, and as they are to one that asks for nothing', async () => {
    const plain = await pull();
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-store');

    const brotli = await pull('gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toBe('no-store');
    expect(brotli.headers['content-type']).toMatch(/^application\/json/);
    const decoded = JSON.parse(brotliDecompressSync(brotli.body).toString('utf8')) as {
      rows: unknown[];
    };
    expect(decoded.rows).toEqual((json(plain.body) as { rows: unknown[] }).rows);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 4);
  });

  it('go gzip to a client that accepts gzip only', async () => {
    const gzipped = await pull('gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
  });

  it('stay as they are below 1 KiB, where compressing saves nothing', async () => {
    const health = await rawRequest(`${setup.server.baseUrl}/api/health`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(health.status).toBe(200);
    expect(health.body.length).toBeLessThan(1024);
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});

describe('NOABER_COMPRESS_RESPONSES=0 (the bench only)', () => {
  let server: InProcessServer;
  const staticDir = makeTempDir('static');
  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: staticDir.path, compressResponses: false });
  });
  afterAll(async () => {
    await server.close();
    staticDir.remove();
  });

  it('answers as they are, and still reads gzip bodies', async () => {
    const kernen = await rawRequest(`${server.baseUrl}/api/health`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(kernen.headers['content-encoding']).toBeUndefined();
    const refused = await rawRequest(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify({ email: 'niemand@dalfsen.test', password: 'x'.repeat(20) })),
    });
    expect(refused.status).toBe(401);
  });
});
