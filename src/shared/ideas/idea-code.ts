/**
 * The code a resident follows their idea by. Made on the phone (the person gets it at once,
 * also offline), checked and stored hashed by the server. 15 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V: only V), written in three groups of
 * five: about 69 random bits, easy to read aloud and type.
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTVWXY';
export const CODE_GROUPS = 3;
export const CODE_GROUP_LENGTH = 5;
export const CODE_LENGTH = CODE_GROUPS * CODE_GROUP_LENGTH;

/** Random bits a code carries: length × log2(alphabet size). */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/**
 * A new code from a source of random bytes. Rejection sampling keeps every character equally
 * likely: a byte at or above the largest multiple of the alphabet size is drawn again.
 */
export function newIdeaCode(
  fillRandom: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes),
): string {
  const size = CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  const chars: string[] = [];
  const buffer = new Uint8Array(32);
  while (chars.length < CODE_LENGTH) {
    fillRandom(buffer);
    for (const byte of buffer) {
      if (byte >= limit || chars.length === CODE_LENGTH) continue;
      chars.push(CODE_ALPHABET.charAt(byte % size));
    }
  }
  return formatIdeaCode(chars.join(''));
}

/** "ACDEF GHJKM NPQRT" → "ACDEF-GHJKM-NPQRT": the groups with dashes (links, storage). */
export function formatIdeaCode(plain: string): string {
  const groups: string[] = [];
  for (let i = 0; i < plain.length; i += CODE_GROUP_LENGTH) {
    groups.push(plain.slice(i, i + CODE_GROUP_LENGTH));
  }
  return groups.join('-');
}

/**
 * What a person typed, as a code: upper case, spaces and dashes dropped. Null when it cannot
 * be one (wrong length or a character outside the alphabet).
 */
export function normaliseIdeaCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== CODE_LENGTH) return null;
  for (const char of plain) if (!CODE_ALPHABET.includes(char)) return null;
  return formatIdeaCode(plain);
}
