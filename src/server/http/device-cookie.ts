import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A random id for the browser, in a cookie that only the server reads. It outlives the
 * app's own storage when that is wiped (and is not capped like script-written storage), so
 * the server can tell a new database in the same browser from a new device (lost-changes.ts).
 * It holds nothing personal; it is never logged (app.ts redacts the cookie header).
 */
const NAME = 'noaber_device';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Chromium keeps a cookie at most 400 days; each sync renews it. */
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** The browser's device id, when its request carries a well-formed one. */
export function deviceIdOf(request: FastifyRequest): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === NAME && value !== undefined && UUID.test(value)) return value.toLowerCase();
  }
  return null;
}

/** The browser's device id; a new one is made (and set) when it has none. */
export function browserDeviceId(request: FastifyRequest, reply: FastifyReply): string {
  const id = deviceIdOf(request) ?? randomUUID();
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header(
    'set-cookie',
    `${NAME}=${id}; Path=/api; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${secure}`,
  );
  return id;
}
