/**
 * Kernen form a tree: a buurtschap belongs to a village (its parent). A kern may never be its
 * own ancestor, directly or through others: lists grouped by village would never end.
 */
export interface KernLink {
  id: string;
  parentId: string | null;
}

/**
 * Whether giving kern `id` the parent `parentId` would make a cycle: the parent is the kern
 * itself or one of the kernen below it. Walks up from the parent; stops on a loop already in
 * `kernen` (data from before this check) instead of running forever.
 */
export function makesKernCycle(
  kernen: readonly KernLink[],
  id: string,
  parentId: string | null,
): boolean {
  const parentOf = new Map(kernen.map((kern) => [kern.id, kern.parentId]));
  const seen = new Set<string>();
  // An unknown kern counts as the top of the tree.
  for (let at = parentId; at !== null; at = parentOf.get(at) ?? null) {
    if (at === id) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}
