import { addDays, daysBetween, type CivilDate } from '../../shared/dates/civil-date.ts';
import { feedbackDeadline, type FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import type { Kern } from '../../shared/reference-data.ts';
import type { FeedbackEntry, Initiative, StatusChange } from '../../shared/records/initiative.ts';
import type * as v from 'valibot';
import type { NoaberfondsSchema } from '../../shared/records/initiative.ts';

type Noaberfonds = v.InferOutput<typeof NoaberfondsSchema>;
import { checkTransition, type InitiativeStatus } from '../../shared/records/initiative-status.ts';
import type { Person } from '../../shared/records/person.ts';
import { instantOn, laterButPast, type DemoContext } from './demo-context.ts';
import { INITIATIVE_IDEAS, type InitiativeIdea } from './demo-initiative-ideas.ts';
import { makePerson } from './demo-organisations.ts';

/**
 * How many initiatives end up in each status, so that every status of the machine appears.
 * Between them they cover every stage a team lead's report shows.
 */
const STATUS_MIX: readonly [InitiativeStatus, number][] = [
  ['ingediend', 6],
  ['in gesprek', 6],
  ['in behandeling', 7],
  ['ondersteund', 5],
  ['in uitvoering', 7],
  ['afgerond', 8],
  ['doorverwezen', 4],
  ['niet ondersteund', 3],
  ['ingetrokken', 3],
  ['gepauzeerd', 3],
];

/** The way to each status, after `ingediend`; `resumed` runs through a pause first. */
const PATHS: Record<InitiativeStatus, readonly InitiativeStatus[][]> = {
  ingediend: [[]],
  'in gesprek': [['in gesprek']],
  'in behandeling': [
    ['in gesprek', 'in behandeling'],
    ['in gesprek', 'gepauzeerd', 'in gesprek', 'in behandeling'],
  ],
  ondersteund: [['in gesprek', 'in behandeling', 'ondersteund']],
  'in uitvoering': [
    ['in gesprek', 'in behandeling', 'ondersteund', 'in uitvoering'],
    [
      'in gesprek',
      'in behandeling',
      'gepauzeerd',
      'in behandeling',
      'ondersteund',
      'in uitvoering',
    ],
  ],
  afgerond: [['in gesprek', 'in behandeling', 'ondersteund', 'in uitvoering', 'afgerond']],
  doorverwezen: [
    ['in gesprek', 'doorverwezen'],
    ['in gesprek', 'in behandeling', 'doorverwezen'],
  ],
  'niet ondersteund': [
    ['in gesprek', 'niet ondersteund'],
    ['in gesprek', 'in behandeling', 'niet ondersteund'],
  ],
  ingetrokken: [
    ['in gesprek', 'ingetrokken'],
    ['in gesprek', 'in behandeling', 'ondersteund', 'ingetrokken'],
  ],
  gepauzeerd: [
    ['in gesprek', 'in behandeling', 'gepauzeerd'],
    ['in gesprek', 'gepauzeerd'],
  ],
};

/** Days between registration and today, per current status: later stages are older. */
const AGE_DAYS: Record<InitiativeStatus, [number, number]> = {
  ingediend: [2, 45],
  'in gesprek': [10, 80],
  'in behandeling': [40, 220],
  ondersteund: [60, 300],
  'in uitvoering': [120, 520],
  afgerond: [250, 720],
  doorverwezen: [30, 700],
  'niet ondersteund': [30, 700],
  ingetrokken: [60, 700],
  gepauzeerd: [60, 400],
};

/** Old enough that a four-week (or 20-working-day) term has passed. */
const OVERDUE_AGE_DAYS = 35;

const REASONS: Partial<Record<InitiativeStatus, readonly string[]>> = {
  doorverwezen: [
    'Dit is een melding voor team Openbare Ruimte. Doorgezet via het meldpunt; de initiatiefnemer hoort het van hen.',
    'Hoort bij het verkeersplan van de provincie. Doorverwezen naar de provinciale contactpersoon.',
    'Past beter bij de welzijnsorganisatie; die heeft hier een regeling voor.',
  ],
  'niet ondersteund': [
    'Het plan ligt op grond die de gemeente niet beschikbaar kan stellen. Uitgelegd in een gesprek.',
    'Er is geen groep bewoners die het wil dragen; het blijft een wens van één persoon.',
  ],
  ingetrokken: [
    'De initiatiefnemers zijn verhuisd; niemand neemt het over.',
    'De groep heeft zelf besloten te stoppen: te weinig vrijwilligers.',
  ],
  gepauzeerd: [
    'Wacht op de uitkomst van de bestemmingsplanwijziging.',
    'De initiatiefnemer is een paar maanden niet beschikbaar.',
  ],
};

const FEEDBACK_SUMMARIES = [
  'Gebeld: aanvraag is binnen, we plannen een gesprek bij de initiatiefnemer thuis.',
  'Gesprek gehad in het dorpshuis. Uitgelegd hoe het verder gaat en wie er meedenkt vanuit de gemeente.',
  'Mail gestuurd met de stappen en de termijn; de initiatiefnemer stuurt een projectplan.',
  'Langs geweest en de plek samen bekeken. Afgesproken wanneer we terugkomen.',
] as const;

const DECISION_SUMMARIES: Partial<Record<InitiativeStatus, string>> = {
  ondersteund: 'Laten weten dat de gemeente het initiatief ondersteunt, en met wie ze verder gaan.',
  'in uitvoering': 'Startoverleg gehad; de eerste stappen staan in de planning.',
  afgerond: 'Evaluatie gedaan met de initiatiefnemers. Bedankt namens de gemeente.',
  doorverwezen: 'Uitgelegd waarom het elders thuishoort en naar wie het is doorgestuurd.',
  'niet ondersteund': 'In een gesprek de redenen uitgelegd; ook per brief bevestigd.',
  ingetrokken: 'Bevestigd dat het initiatief stopt; de deur blijft open.',
};

export interface DemoInitiatives {
  initiatives: Initiative[];
  /** Residents who brought in an initiative and are not in an organisation. */
  initiators: Person[];
}

export function generateInitiatives(
  ctx: DemoContext,
  term: FeedbackTerm,
  people: readonly Person[],
): DemoInitiatives {
  const initiatives: Initiative[] = [];
  const initiators: Person[] = [];
  const targets = ctx.rng.shuffle(
    STATUS_MIX.flatMap(([status, count]) => Array.from({ length: count }, () => status)),
  );
  const ideas = ctx.rng.shuffle(INITIATIVE_IDEAS);
  const seen = new Map<InitiativeStatus, number>();
  targets.forEach((target, index) => {
    // The how-manieth initiative in this status: makes sure of the overdue and unassigned ones.
    const nth = seen.get(target) ?? 0;
    seen.set(target, nth + 1);
    const idea = ideas[index % ideas.length] as InitiativeIdea;
    const kern = ctx.rng.pick(ctx.kernen);
    let initiator = ctx.rng.chance(0.4)
      ? people.find((person) => person.kernId === kern.id && ctx.rng.chance(0.3))
      : undefined;
    if (!initiator && ctx.rng.chance(0.85)) {
      const registered = addDays(ctx.today, -AGE_DAYS[target][1]);
      initiator = makePerson(
        ctx,
        kern,
        [],
        `initiatiefnemer; toestemming gegeven op ${registered}`,
      );
      initiators.push(initiator);
    }
    // The new ones and some in intake have had no answer yet; half of those are overdue.
    const withoutFeedback = target === 'ingediend' || (target === 'in gesprek' && nth % 3 === 0);
    initiatives.push(
      makeInitiative(ctx, term, { target, idea, kern, initiator, withoutFeedback, nth }),
    );
  });
  return { initiatives, initiators };
}

interface Plan {
  target: InitiativeStatus;
  idea: InitiativeIdea;
  kern: Kern;
  initiator: Person | undefined;
  withoutFeedback: boolean;
  nth: number;
}

function makeInitiative(ctx: DemoContext, term: FeedbackTerm, plan: Plan): Initiative {
  const { rng } = ctx;
  const [minAge, maxAge] = AGE_DAYS[plan.target];
  // Every other one without an answer is older than the term: its feedback is overdue.
  const overdue = plan.withoutFeedback && plan.nth % 2 === 0;
  const age = overdue
    ? rng.int(OVERDUE_AGE_DAYS, Math.max(OVERDUE_AGE_DAYS, maxAge))
    : rng.int(minAge, maxAge);
  const registeredOn = addDays(ctx.today, -age);
  const connector = ctx.connectorFor(plan.kern.id);
  const unassigned = plan.target === 'ingediend' && plan.nth % 3 === 1;
  const registeredAt = instantOn(registeredOn, 9, rng);
  const path = rng.pick(PATHS[plan.target]);
  const statusHistory = walkStatuses(ctx, path, registeredOn, registeredAt, connector);
  const deadline = feedbackDeadline(registeredOn, term);
  const feedbackLog = plan.withoutFeedback
    ? []
    : feedbackFor(ctx, registeredOn, deadline, statusHistory, connector);
  const status = statusHistory.at(-1)?.to ?? 'ingediend';
  const noaberfonds = rng.chance(0.6) ? noaberfondsFor(ctx, statusHistory) : null;
  const lastChange = Math.max(
    ...statusHistory.map((change) => change.at),
    ...feedbackLog.map((entry) => instantOn(entry.date, 15)),
  );
  return {
    id: rng.id(registeredAt),
    createdAt: registeredAt,
    updatedAt: lastChange,
    deleted: false,
    title: plan.idea.title,
    description: plan.idea.description,
    kernId: plan.kern.id,
    type: plan.idea.challengedTask ? 'uitdaagrecht' : 'initiatief',
    challengedTask: plan.idea.challengedTask ?? '',
    theme: plan.idea.theme,
    initiatorPersonId: plan.initiator?.id ?? null,
    assignedConnectorId: unassigned ? null : connector,
    registeredOn,
    support: supportFor(plan.idea, statusHistory, noaberfonds !== null),
    noaberfonds,
    needsPermit: plan.idea.needsPermit ?? false,
    neighboursNote: plan.idea.needsPermit
      ? 'Initiatiefnemers zijn bij de directe buren langs geweest; twee buren willen meedenken over de plek.'
      : '',
    status,
    statusHistory,
    registeredById: unassigned ? ctx.teamLeadId : connector,
    feedbackDeadline: deadline,
    feedbackLog,
  };
}

/**
 * The dated, attributed status changes along `path`, each step checked against the shared
 * status machine: the demo never shows a history the app would refuse.
 */
function walkStatuses(
  ctx: DemoContext,
  path: readonly InitiativeStatus[],
  registeredOn: CivilDate,
  registeredAt: number,
  connector: string,
): StatusChange[] {
  const history: StatusChange[] = [
    { from: null, to: 'ingediend', at: registeredAt, by: connector, reason: '' },
  ];
  const span = Math.max(1, daysBetween(registeredOn, ctx.today) - 1);
  let date = registeredOn;
  path.forEach((to, step) => {
    const from = history.at(-1)?.to ?? 'ingediend';
    const pausedFrom = history.findLast((change) => change.to === 'gepauzeerd')?.from ?? undefined;
    const reasons = REASONS[to];
    const reason = reasons ? ctx.rng.pick(reasons) : '';
    const check = checkTransition(from, to, { pausedFrom, reason });
    if (!check.ok) throw new Error(`demo data: ${from} → ${to} is ${check.reason}`);
    const target = addDays(registeredOn, Math.round(((step + 1) * span) / (path.length + 1)));
    date = laterButPast(ctx, date, Math.max(1, daysBetween(date, target)));
    // Decisions are the team lead's; the intake and the daily steps are the connector's.
    const decision = to === 'ondersteund' || to === 'niet ondersteund';
    history.push({
      from,
      to,
      at: instantOn(date, 8 + step, ctx.rng),
      by: decision ? ctx.teamLeadId : connector,
      reason,
    });
  });
  return history;
}

/**
 * The feedback log: a first answer (mostly on time, sometimes late), then one at each
 * decision the initiator must hear about.
 */
function feedbackFor(
  ctx: DemoContext,
  registeredOn: CivilDate,
  deadline: CivilDate,
  history: readonly StatusChange[],
  connector: string,
): FeedbackEntry[] {
  const { rng } = ctx;
  const late = deadline < addDays(ctx.today, -2) && rng.chance(0.15);
  const firstDate = late
    ? laterButPast(ctx, deadline, rng.int(2, 14))
    : laterButPast(ctx, registeredOn, rng.int(2, Math.max(2, daysBetween(registeredOn, deadline))));
  const entries: FeedbackEntry[] = [entry(ctx, firstDate, rng.pick(FEEDBACK_SUMMARIES), connector)];
  for (const change of history) {
    const summary = DECISION_SUMMARIES[change.to];
    const date = new Date(change.at).toISOString().slice(0, 10);
    if (summary && date >= firstDate) entries.push(entry(ctx, date, summary, connector));
  }
  return entries;
}

function entry(ctx: DemoContext, date: CivilDate, summary: string, by: string): FeedbackEntry {
  return {
    id: ctx.rng.id(instantOn(date, 14)),
    date,
    channel: ctx.rng.pick(['gesprek', 'telefoon', 'e-mail', 'gesprek'] as const),
    summary,
    by,
  };
}

/** Statuses after which a Noaberfonds request was granted (or had to be paid back). */
const GRANTED = ['in uitvoering', 'afgerond'] as const satisfies readonly InitiativeStatus[];

/**
 * The Noaberfonds steps that fit the history: aanvraag once supported, verlening when it
 * runs, verantwoording and vaststelling when done, terugvordering when withdrawn after a
 * grant (DOMAIN.md). null when the initiative never got that far.
 */
function noaberfondsFor(ctx: DemoContext, history: readonly StatusChange[]): Noaberfonds | null {
  const dateOf = (status: InitiativeStatus) => {
    const change = history.find((c) => c.to === status);
    return change && new Date(change.at).toISOString().slice(0, 10);
  };
  const supported = dateOf('ondersteund');
  if (!supported) return null;
  const askedCents = ctx.rng.int(5, 75) * 100_00;
  const steps: Noaberfonds['steps'] = [
    // The request goes in while the civil servants look at the plan.
    { step: 'aanvraag', date: dateOf('in behandeling') ?? supported },
  ];
  const status = history.at(-1)?.to;
  const granted = GRANTED.some((s) => s === status) || status === 'ingetrokken';
  if (granted) steps.push({ step: 'verlening', date: laterButPast(ctx, supported, 14) });
  const done = dateOf('afgerond');
  if (done) {
    const accounted = laterButPast(ctx, done, ctx.rng.int(10, 40));
    steps.push({ step: 'verantwoording', date: accounted });
    steps.push({ step: 'vaststelling', date: laterButPast(ctx, accounted, ctx.rng.int(10, 30)) });
  }
  const withdrawn = dateOf('ingetrokken');
  if (withdrawn) steps.push({ step: 'terugvordering', date: laterButPast(ctx, withdrawn, 21) });
  return {
    steps,
    amountAskedCents: askedCents,
    amountGrantedCents: granted ? Math.round((askedCents * ctx.rng.int(6, 10)) / 10) : null,
  };
}

function supportFor(
  idea: InitiativeIdea,
  history: readonly StatusChange[],
  fund: boolean,
): Initiative['support'] {
  if (!history.some((change) => change.to === 'in behandeling')) return [];
  return [
    'advies',
    ...(idea.needsPermit ? (['ruimte-vergunning'] as const) : []),
    ...(fund ? (['noaberfonds'] as const) : (['netwerk'] as const)),
  ];
}
