/**
 * Text as search compares it: without accents and case, so "cafe" finds "Café" and
 * "SCHOUW" finds "schouw"; compatibility characters folded too (NFKD), so "ijsclub" finds
 * "Ĳsclub" (the Dutch ĳ ligature) and "fiets" finds "ﬁets". Used on both the query and the
 * records; the device's stored words are folded again when this changes (database.ts).
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
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
