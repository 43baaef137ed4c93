/**
 * A request body larger than this many bytes of JSON goes gzip-compressed. Below it, the
 * compression's own cost (time on a slow phone, 20 bytes of header) buys little; a full push
 * batch of notes (MAX_PUSH_BYTES) shrinks to about a fifth. The server counts the body limit
 * and the push batch cap on the decompressed bytes, so compressing never changes what fits.
 */
export const COMPRESS_BODY_ABOVE_BYTES = 8 * 1024;

/** Whether a body of `bytes` (UTF-8 JSON) goes compressed, where `canCompress` says it can. */
export function shouldCompressBody(bytes: number, canCompress: boolean): boolean {
  return canCompress && bytes > COMPRESS_BODY_ABOVE_BYTES;
}

/** The browser's own gzip (CompressionStream): every current browser, and Node, has it. */
export function canCompressBody(): boolean {
  return typeof CompressionStream === 'function';
}

export async function gzipBody(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
