import { cachedKernen, cachedOrganisationKinds } from '../../db/reference-cache.ts';
import type { Kern, OrganisationKind } from '../../shared/reference-data.ts';
import { useLive } from './useLive.ts';
import { useLocalData } from './local-data.tsx';

export function useKernen(): Kern[] {
  const { db } = useLocalData();
  const live = useLive(() => cachedKernen(db), [db]);
  return live.status === 'ready' ? live.value : [];
}

export function useOrganisationKinds(): OrganisationKind[] {
  const { db } = useLocalData();
  const live = useLive(() => cachedOrganisationKinds(db), [db]);
  return live.status === 'ready' ? live.value : [];
}
