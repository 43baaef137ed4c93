/**
 * Structural equality of record values (strings, numbers, booleans, null, arrays, plain
 * objects), ignoring key order: what a record schema produces and IndexedDB stores.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
  );
}

/**
 * The fields of `edited` that differ from `baseline`: what an edit form sends. Compared with
 * the record as the form opened it, not as it is at save time, so a field another device
 * changed meanwhile (and this user did not touch) is never written back with the old value.
 */
export function changedFields<T extends object>(baseline: T, edited: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (!sameValue(baseline[key], edited[key])) changes[key] = edited[key];
  }
  return changes;
}
