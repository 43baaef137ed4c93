/**
 * A stored value as a person reads it (in a conflict): text as is, lists joined, nothing as
 * "(leeg)", and ids the device can name (kernen) by their name.
 */
export function shown(value: unknown, empty: string, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.map((item) => shown(item, empty, names)).join(', ');
  if (typeof value === 'string') return names.get(value) ?? value;
  return JSON.stringify(value);
}
