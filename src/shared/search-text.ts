/**
 * Text as search compares it: without accents and case, so "cafe" finds "Café" and
 * "SCHOUW" finds "schouw". Used on both the query and the records.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the query must occur somewhere in the record's text. */
export function matchesAllWords(haystack: string, normalizedWords: readonly string[]): boolean {
  const text = normalizeForSearch(haystack);
  return normalizedWords.every((word) => text.includes(word));
}

export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}
