/**
 * Is this pulled row an erased person's tombstone (erasure.ts, erasedPersonRecord)? A deleted
 * person always keeps a name (it is required), so an empty one tells an erasure. Its own tiny
 * module: the sync code on the first screen needs only this; the purge itself loads lazily.
 */
export function isErasedPerson(table: string, data: Record<string, unknown>): boolean {
  return table === 'people' && data['deleted'] === true && data['name'] === '';
}
