import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The code is a bearer secret of about 69 random bits: a plain SHA-256 is enough (no slow
 * hash needed against guessing at that entropy), and a copy of the database or a backup then
 * holds no working status-page keys. The code itself goes only to the resident.
 */
export const codeHash = (code: string): string => sha256(`idea-code:${code}`);

/** The same text with other spacing or capitals is the same text. */
export const textHash = (title: string, description: string): string =>
  sha256(`${title}\n${description}`.toLowerCase().replace(/\s+/g, ' ').trim());
