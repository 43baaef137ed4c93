import type { KernKind } from '../../shared/reference-data.ts';

/**
 * The starting reference lists for Gemeente Dalfsen (../shared/DOMAIN.md): its five villages
 * and the buurtschappen named there, with the village each lies nearest to. This is data, put
 * into a new database once; the beheerder completes and changes it in the app. Another
 * municipality starts with NOABER_SEED=none and enters its own.
 */
export interface KernSeed {
  name: string;
  kind: KernKind;
  parent?: string;
}

export const DALFSEN_KERNEN: readonly KernSeed[] = [
  { name: 'Dalfsen', kind: 'dorp' },
  { name: 'Nieuwleusen', kind: 'dorp' },
  { name: 'Lemelerveld', kind: 'dorp' },
  { name: 'Hoonhorst', kind: 'dorp' },
  { name: 'Oudleusen', kind: 'dorp' },
  { name: 'Ankum', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Emmen', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Welsum', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Millingen', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Lenthe', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Gerner', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Hessum', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Rechteren', kind: 'buurtschap', parent: 'Dalfsen' },
  { name: 'Den Hulst', kind: 'buurtschap', parent: 'Nieuwleusen' },
  { name: 'Ruitenveen', kind: 'buurtschap', parent: 'Nieuwleusen' },
];

export const DEFAULT_ORGANISATION_KINDS: readonly string[] = [
  'Plaatselijk Belang',
  'Dorpsraad',
  'Vereniging',
  'Stichting',
  'School',
  'Kerk',
  'Zorg en welzijn',
  'Ondernemer',
  'Overig',
];
