/**
 * How big a push may be, in bytes of UTF-8 JSON (what really travels): 'é' takes 2 bytes,
 * '€' 3, an emoji 4, a control character written as \u0000 six. One place, for the server's
 * body limit, the device's batches and the check when a change is saved.
 */

/** Largest JSON body the API reads (also nginx's default client_max_body_size). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A push batch holds mutations up to about this many bytes (and MAX_PUSH_BATCH in number):
 * well under the body limit, so a batch of long notes still goes in one request. A single
 * mutation larger than this is sent alone.
 */
export const MAX_PUSH_BYTES = 256 * 1024;

/**
 * The largest single mutation the server accepts inside a push: the body limit minus room
 * for the envelope (client id, epoch, outbox report, brackets — under 1 KiB in practice).
 * A change larger than this is refused when it is saved, so none enters the outbox.
 */
export const MAX_MUTATION_BYTES = MAX_BODY_BYTES - 16 * 1024;

const encoder = new TextEncoder();

/** The UTF-8 length of a value as JSON, the way fetch sends it. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** The bytes of a text in UTF-8, as it travels. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Splits items (in order) into batches of at most `maxCount` items and about `maxBytes`
 * bytes of JSON each: a batch is closed before the item that would cross `maxBytes`, so only
 * a batch of one item can be larger. Each batch's size counts its items and their commas.
 */
export function takeBatch<T>(items: readonly T[], maxCount: number, maxBytes: number): T[] {
  const batch: T[] = [];
  let bytes = 2; // the array's brackets
  for (const item of items) {
    if (batch.length >= maxCount) break;
    const size = jsonBytes(item) + (batch.length ? 1 : 0);
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(item);
    bytes += size;
  }
  return batch;
}
