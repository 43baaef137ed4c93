import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { HealthResponseSchema } from '../../src/shared/health.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol-version.ts';
import { LATEST_SCHEMA_VERSION } from '../../src/server/store/migrations.ts';
import { SqliteStore } from '../../src/server/store/sqlite-store.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startInProcessServer, type InProcessServer } from '../support/in-process-server.ts';

describe('GET /api/health', () => {
  let server: InProcessServer;
  beforeAll(async () => {
    server = await startInProcessServer({ staticDir: DIST_DIR });
  });
  afterAll(() => server.close());

  it('reports version, schema version, protocol version and epoch, never cached', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = v.parse(HealthResponseSchema, await response.json());
    expect(body).toEqual({
      status: 'ok',
      version: '0.0.0-test',
      schemaVersion: server.store.schemaVersion,
      protocolVersion: PROTOCOL_VERSION,
      serverEpoch: await server.store.serverEpoch(),
      database: { engine: server.store.engine, writable: true },
    });
    if (server.store instanceof SqliteStore) {
      expect(server.store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    }
    expect(body.serverEpoch).toMatch(/^[0-9a-f]{32}$/);
  });
});
