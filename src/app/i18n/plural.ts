/**
 * The message key for a count shown in words. Dutch and English agree: the `one` form for
 * exactly 1, the other for every other count ("0 resultaten", "1 resultaat", "2 resultaten").
 * The catalogues name the one form after the other with "One" at the end.
 */
export function plural<K extends string>(count: number | string, one: K, other: K): K {
  return Number(count) === 1 ? one : other;
}
