import type { Visit } from './visit.ts';

/** The text shown: the latest revision (notes are append-only). Free of the schemas, so the
 * first screen can use it without loading them. */
export function currentNotes(visit: Pick<Visit, 'noteRevisions'>): string {
  return visit.noteRevisions.at(-1)?.text ?? '';
}
