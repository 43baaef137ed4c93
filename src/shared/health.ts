import * as v from 'valibot';

/** GET /api/health: what a client or a monitor needs to know about the running server. */
export const HealthResponseSchema = v.strictObject({
  status: v.literal('ok'),
  /** The release of the server, from package.json. */
  version: v.pipe(v.string(), v.minLength(1)),
  /** The version of the server's database schema (the number of migrations applied). */
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  protocolVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Changes when the database is new or restored from a backup: clients then resync. */
  serverEpoch: v.pipe(v.string(), v.minLength(1)),
  /**
   * The database this municipality's data is in, and that it takes writes (a database that
   * cannot is answered with 503 storage-unavailable instead).
   */
  database: v.strictObject({
    engine: v.picklist(['sqlite', 'postgresql']),
    writable: v.literal(true),
  }),
});

export type HealthResponse = v.InferOutput<typeof HealthResponseSchema>;
