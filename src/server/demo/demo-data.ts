import type { CivilDate } from '../../shared/dates/civil-date.ts';
import { DEFAULT_FEEDBACK_TERM, type FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import type { Kern, OrganisationKind } from '../../shared/reference-data.ts';
import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import type { Visit } from '../../shared/records/visit.ts';
import { makeKindLookup, type DemoContext } from './demo-context.ts';
import { generateInitiatives } from './demo-initiatives.ts';
import { generateOrganisations } from './demo-organisations.ts';
import { generateFieldWork } from './demo-visits.ts';
import { SeededRandom } from './random.ts';

export interface DemoDataOptions {
  /** Same seed, same day, same lists: the same data set, ids included. */
  seed: number;
  /** The demo's "today"; every record is dated on or before it. */
  today: CivilDate;
  kernen: readonly Kern[];
  organisationKinds: readonly OrganisationKind[];
  /** The gebiedsverbinders who author the records, each with the kernen they work in. */
  connectors: readonly { id: string; kernIds: readonly string[] }[];
  teamLeadId: string;
  feedbackTerm?: FeedbackTerm;
}

export interface DemoData {
  organisations: Organisation[];
  people: Person[];
  visits: Visit[];
  initiatives: Initiative[];
  actions: Action[];
}

/**
 * A fictional but believable data set for a municipality's kernen (Dalfsen's in `npm run
 * demo`): organisations with boards, two years of visits, initiatives in every status with
 * their feedback (some overdue), Noaberfonds steps and follow-up actions. Pure: no clock, no
 * storage; every record is a full record as the shared schemas define it.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const [firstConnector] = options.connectors;
  if (!firstConnector) throw new Error('the demo data set needs a gebiedsverbinder');
  const kernen = options.kernen.filter((kern) => kern.active);
  const ctx: DemoContext = {
    rng: new SeededRandom(options.seed),
    today: options.today,
    kernen,
    kindId: makeKindLookup(options.organisationKinds.filter((kind) => kind.active)),
    connectorFor: (kernId) =>
      (options.connectors.find((c) => c.kernIds.includes(kernId)) ?? firstConnector).id,
    worksIn: (userId, kernId) =>
      options.connectors.some((c) => c.id === userId && c.kernIds.includes(kernId)),
    teamLeadId: options.teamLeadId,
  };
  if (kernen.length === 0) {
    return { organisations: [], people: [], visits: [], initiatives: [], actions: [] };
  }
  const { organisations, people } = generateOrganisations(ctx);
  const term = options.feedbackTerm ?? DEFAULT_FEEDBACK_TERM;
  const { initiatives, initiators } = generateInitiatives(ctx, term, people);
  const allPeople = [...people, ...initiators];
  const { visits, actions } = generateFieldWork(ctx, organisations, allPeople, initiatives);
  return { organisations, people: allPeople, visits, initiatives, actions };
}
