import { newIdeaCode } from '../../src/shared/ideas/idea-code.ts';
import type { IdeaSubmissionInput } from '../../src/shared/ideas/idea-schema.ts';
import { newId } from '../../src/shared/ids.ts';

/** An idea as the form sends it; `kern` defaults to "weet ik niet". */
export function validIdea(overrides: Partial<Record<keyof IdeaSubmissionInput, unknown>> = {}) {
  const idea = {
    id: newId(),
    code: newIdeaCode(),
    kern: 'weet-ik-niet',
    title: 'Bankje bij de brink',
    description: 'Een bankje in de schaduw voor wie even wil zitten.',
    help: ['meedenken', 'geld'],
    helpOther: '',
    involved: 'buren',
    name: 'Janna Wolters',
    email: 'janna@example.nl',
    phone: '',
    consent: true,
    photos: [],
    language: 'nl',
    website: '',
    fillMs: 60_000,
  };
  // Overrides may be wrong on purpose (bad input tests); the id and code stay readable.
  return { ...idea, ...overrides } as typeof idea;
}

const segment = (marker: number, payload: Uint8Array): number[] => {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
};
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/**
 * A small JPEG-shaped file with an EXIF segment holding a GPS IFD (a position in Dalfsen),
 * an XMP segment and a comment, built byte by byte: SOI, APP0 JFIF, APP1 Exif, APP1 XMP,
 * COM, DQT, SOF0, SOS with scan data, EOI.
 */
export function jpegWithGps(): Uint8Array {
  // TIFF header (big endian) with IFD0 holding one entry: the GPS IFD pointer (0x8825).
  const tiff = [
    ...ascii('MM'),
    0x00,
    0x2a,
    0,
    0,
    0,
    8,
    0,
    1,
    0x88,
    0x25,
    0,
    4,
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    26,
    0,
    0,
    0,
    0,
    // GPS IFD: GPSLatitudeRef 'N', GPSLongitudeRef 'E'.
    0,
    2,
    0,
    1,
    0,
    2,
    0,
    0,
    0,
    2,
    ...ascii('N'),
    0,
    0,
    0,
    0,
    3,
    0,
    2,
    0,
    0,
    0,
    2,
    ...ascii('E'),
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    ...ascii('GPS 52.5047N 6.2610E'),
  ];
  const bytes = [
    0xff,
    0xd8,
    ...segment(0xe0, new Uint8Array([...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    ...segment(0xe1, new Uint8Array([...ascii('Exif'), 0, 0, ...tiff])),
    ...segment(0xe1, new Uint8Array(ascii('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta GPS/>'))),
    ...segment(0xfe, new Uint8Array(ascii('secret comment'))),
    ...segment(0xdb, new Uint8Array([0, ...Array.from({ length: 64 }, () => 1)])),
    ...segment(0xc0, new Uint8Array([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    ...segment(0xda, new Uint8Array([1, 1, 0, 0, 0x3f, 0])),
    0x12,
    0x34,
    0xff,
    0x00,
    0x56,
    0xff,
    0xd9,
  ];
  return new Uint8Array(bytes);
}

/** The EXIF segment (APP1, with its GPS IFD) of jpegWithGps, to put into a real photo. */
export function exifSegment(): Uint8Array {
  const jpeg = jpegWithGps();
  for (let at = 2; at + 4 < jpeg.length;) {
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    if (jpeg[at + 1] === 0xe1) return jpeg.subarray(at, at + 2 + length);
    at += 2 + length;
  }
  throw new Error('no EXIF segment');
}

/** Width and height from a JPEG's baseline frame header (SOF0). */
export function jpegSize(jpeg: Uint8Array): { width: number; height: number } {
  for (let at = 2; at + 9 < jpeg.length;) {
    const marker = jpeg[at + 1] ?? 0;
    const length = ((jpeg[at + 2] ?? 0) << 8) | (jpeg[at + 3] ?? 0);
    if (marker === 0xc0 || marker === 0xc2) {
      return {
        height: ((jpeg[at + 5] ?? 0) << 8) | (jpeg[at + 6] ?? 0),
        width: ((jpeg[at + 7] ?? 0) << 8) | (jpeg[at + 8] ?? 0),
      };
    }
    at += 2 + length;
  }
  throw new Error('no frame header');
}
