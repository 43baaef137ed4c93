import type { CivilDate } from '../../shared/dates/civil-date.ts';
import type { AdminUser } from '../../shared/auth-api.ts';
import type { Services } from '../services.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { generateDemoData, type DemoData } from './demo-data.ts';

/** The one data set of `npm run demo`; the day moves, the villages and people stay. */
export const DEMO_SEED = 2025_06_23;

export type DemoTable = 'organisations' | 'people' | 'visits' | 'initiatives' | 'actions';
export type ImportRecords = (rows: { table: DemoTable; record: object }[]) => Promise<void>;

export interface SeedDemoOptions {
  /** The demo's "today" (the municipality's date when the server starts). */
  today: CivilDate;
  seed?: number;
  /** Puts the generated records into the server's record store, in one call. */
  importRecords: ImportRecords;
}

/**
 * Fills a new demo database: the demo accounts (through the account service, with the known
 * password), then a data set authored by them, handed to `importRecords` once. Call it only
 * on a database without accounts; it refuses an e-mail address that exists.
 */
export async function seedDemo(services: Services, options: SeedDemoOptions): Promise<DemoData> {
  const { store, accounts } = services;
  const kernen = await store.reference.listKernen();
  const origin = { actorId: null, address: 'local' };
  const created: { seed: (typeof DEMO_ACCOUNTS)[number]; user: AdminUser }[] = [];
  for (const seed of DEMO_ACCOUNTS) {
    const kernIds = seed.kernen.flatMap((name) => {
      const kern = kernen.find((k) => k.name === name);
      return kern ? [kern.id] : [];
    });
    const user = await accounts.createWithPassword(
      { email: seed.email, displayName: seed.displayName, roles: [seed.role], kernIds },
      DEMO_PASSWORD,
      origin,
    );
    created.push({ seed, user });
  }
  const connectors = created
    .filter(({ seed }) => seed.role === 'gebiedsverbinder')
    .map(({ user }) => ({ id: user.id, kernIds: user.kernIds }));
  const teamLead = created.find(({ seed }) => seed.role === 'teamleider');
  if (!teamLead) throw new Error('the demo accounts need a teamleider');
  const data = generateDemoData({
    seed: options.seed ?? DEMO_SEED,
    today: options.today,
    kernen,
    organisationKinds: await store.reference.listOrganisationKinds(),
    connectors,
    teamLeadId: teamLead.user.id,
    feedbackTerm: await store.reference.feedbackTerm(),
  });
  await options.importRecords([
    ...data.organisations.map((record) => ({ table: 'organisations' as const, record })),
    ...data.people.map((record) => ({ table: 'people' as const, record })),
    ...data.initiatives.map((record) => ({ table: 'initiatives' as const, record })),
    ...data.visits.map((record) => ({ table: 'visits' as const, record })),
    ...data.actions.map((record) => ({ table: 'actions' as const, record })),
  ]);
  return data;
}
