import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.ts';
import {
  DALFSEN_KERNEN,
  DEFAULT_ORGANISATION_KINDS,
  type KernSeed,
} from './dalfsen-reference-data.ts';

export const SEEDS = { dalfsen: DALFSEN_KERNEN, none: [] } as const satisfies Record<
  string,
  readonly KernSeed[]
>;
export type SeedName = keyof typeof SEEDS;

/**
 * Fills empty reference lists once, in one transaction. Lists that hold anything are left
 * alone: after the first start they belong to the beheerder.
 */
export async function seedReferenceData(store: Store, seed: SeedName): Promise<void> {
  await store.transaction(async () => {
    if ((await store.reference.listKernen()).length === 0) {
      const ids = new Map<string, string>();
      for (const kern of SEEDS[seed]) {
        const id = randomUUID();
        ids.set(kern.name, id);
        const parentId = kern.parent === undefined ? null : (ids.get(kern.parent) ?? null);
        await store.reference.insertKern({
          id,
          name: kern.name,
          kind: kern.kind,
          parentId,
          active: true,
        });
      }
    }
    if (seed !== 'none' && (await store.reference.listOrganisationKinds()).length === 0) {
      for (const name of DEFAULT_ORGANISATION_KINDS) {
        await store.reference.insertOrganisationKind({ id: randomUUID(), name, active: true });
      }
    }
  });
}
