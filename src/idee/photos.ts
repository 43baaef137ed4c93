import { IDEA_LIMITS, type IdeaPhoto } from '../shared/ideas/idea-schema.ts';
import { stripJpegMetadata } from '../shared/ideas/jpeg-metadata.ts';

const MAX_SIDE = 1600;

/**
 * A photo made ready to leave the phone: at most 1600 px on its longest side, re-encoded as
 * JPEG through a canvas (lower quality until it fits 1 MB), and its metadata stripped again
 * byte by byte (a canvas writes none, but the strip is the guarantee: no GPS position leaves).
 */
export async function preparePhoto(file: File): Promise<IdeaPhoto> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.85, 0.75, 0.6, 0.45, 0.3]) {
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', quality),
    );
    if (!blob) break;
    const bytes = stripJpegMetadata(new Uint8Array(await blob.arrayBuffer()));
    if (bytes.length <= IDEA_LIMITS.photoBytes)
      return { type: 'image/jpeg', data: toBase64(bytes) };
  }
  throw new Error('photo too large');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
