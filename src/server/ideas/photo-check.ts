import { IDEA_LIMITS, type PhotoType } from '../../shared/ideas/idea-schema.ts';

/**
 * The type a photo really is, by its first bytes (never by what the phone said); null when it
 * is none of the three the form makes, or larger than the form allows.
 */
export function photoType(bytes: Uint8Array): PhotoType | null {
  if (bytes.length === 0 || bytes.length > IDEA_LIMITS.photoBytes) return null;
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}
