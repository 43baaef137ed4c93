/**
 * Limits on what a device may send as a change. Both sides check a change with the same
 * schema (sync-protocol.ts), so a device never queues what the server will refuse.
 *
 * - Depth: a real change nests four levels at most (the patch, a list such as the note
 *   revisions, an entry, a value). Far deeper input is an attack or a bug; it is refused
 *   before anything recurses over it (JSON.stringify, structured clone on the device), which
 *   would overflow the stack.
 * - Numbers: JSON numbers become doubles. A whole number beyond 2^53 may already have been
 *   rounded when it was parsed, so the server cannot know what the device meant: refused.
 */
export const MAX_PATCH_DEPTH = 16;

/** Counts, ids and cursors in the sync protocol: whole numbers a double holds exactly. */
export const MAX_SYNC_NUMBER = Number.MAX_SAFE_INTEGER;

/**
 * Why `value` (parsed JSON) is not acceptable, or null when it is. The walk uses its own
 * stack, not recursion: a value nested 10 000 deep is measured without overflowing.
 * The value itself counts as depth 1.
 */
export function jsonValueProblem(value: unknown, maxDepth: number): string | null {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item === 'number' && Math.abs(item) > MAX_SYNC_NUMBER) {
      return `holds a number beyond ${MAX_SYNC_NUMBER}, which JSON cannot carry exactly`;
    }
    if (typeof item !== 'object' || item === null) continue;
    if (depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      pending.push([child, depth + 1]);
    }
  }
  return null;
}
