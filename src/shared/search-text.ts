/**
 * Text as search compares it: without accents and case, so "cafe" finds "Café" and
 * "SCHOUW" finds "schouw". Used on both the query and the records.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Café-Hout, 3e straat" → ["cafe", "hout", "3e", "straat"]: the words of the search index. */
export function wordsOf(value: string): string[] {
  return [
    ...new Set(
      normalizeForSearch(value)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}
