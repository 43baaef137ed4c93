/**
 * What went wrong with the device's own storage, in the three kinds a person can act on:
 * - `storage-full`: a write found no room (QuotaExceededError; Dexie keeps the name, or
 *   wraps it as `inner`). Nothing of that save was written (one transaction).
 * - `cannot-open`: the database would not open (private mode without storage, a newer
 *   version left by an update in another tab, a broken profile).
 * - `cannot-read`: any other failure of a read or a live query.
 */
export type DeviceProblem = 'storage-full' | 'cannot-open' | 'cannot-read';

const OPEN_FAILURES = new Set([
  'OpenFailedError',
  'VersionError',
  'InvalidStateError',
  'DatabaseClosedError',
  'MissingAPIError',
  'SecurityError',
]);

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's error as `inner`, sometimes twice (OpenFailedError > VersionError).
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export function isStorageFull(error: unknown): boolean {
  return namesOf(error).includes('QuotaExceededError');
}

export function deviceProblemOf(error: unknown): DeviceProblem {
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return 'storage-full';
  if (names.some((name) => OPEN_FAILURES.has(name))) return 'cannot-open';
  return 'cannot-read';
}
