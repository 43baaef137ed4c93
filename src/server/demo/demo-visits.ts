import { addDays, type CivilDate } from '../../shared/dates/civil-date.ts';
import type { Kern } from '../../shared/reference-data.ts';
import type { Action } from '../../shared/records/action.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import { isFinal } from '../../shared/records/initiative-status.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Person } from '../../shared/records/person.ts';
import { VISIT_CHANNELS, type Visit } from '../../shared/records/visit.ts';
import { instantOn, laterButPast, workdayBefore, type DemoContext } from './demo-context.ts';
import { FOLLOW_UPS, TOPICS, visitNote } from './demo-visit-texts.ts';

/** Two years of field work: a few hundred visits. */
const VISIT_COUNT: [number, number] = [320, 380];
const HISTORY_DAYS = 730;
/** Villages see more of their connector than hamlets do. */
const DORP_WEIGHT = 4;
const FOLLOW_UP_SHARE = 0.25;
/**
 * The year's rhythm of field work, per month (January first): busy in spring and autumn,
 * quiet in the summer holidays and around Christmas — what the Overzicht's chart shows.
 */
const MONTH_WEIGHT = [0.7, 0.85, 1, 1, 0.95, 0.8, 0.45, 0.35, 0.9, 1, 1, 0.55];
/** Of the open initiatives with a connector, the share with a teamleider's review note. */
const REVIEW_NOTE_SHARE = 0.25;

export interface DemoFieldWork {
  visits: Visit[];
  actions: Action[];
}

export function generateFieldWork(
  ctx: DemoContext,
  organisations: readonly Organisation[],
  people: readonly Person[],
  initiatives: readonly Initiative[],
): DemoFieldWork {
  const weighted = ctx.kernen.flatMap((kern) =>
    Array.from({ length: kern.kind === 'dorp' ? DORP_WEIGHT : 1 }, () => kern),
  );
  const count = ctx.rng.int(...VISIT_COUNT);
  const visits: Visit[] = [];
  const actions: Action[] = [];
  for (let i = 0; i < count; i += 1) {
    // The first two pin the span: one almost two years ago, one last week.
    const date =
      i === 0
        ? workdayBefore(ctx, HISTORY_DAYS - 10, HISTORY_DAYS - 1)
        : i === 1
          ? workdayBefore(ctx, 1, 7)
          : seasonalWorkday(ctx);
    const kern = ctx.rng.pick(weighted);
    const visit = makeVisit(ctx, date, kern, organisations, people, initiatives);
    visits.push(visit);
    if (ctx.rng.chance(FOLLOW_UP_SHARE)) actions.push(makeAction(ctx, visit));
  }
  for (const initiative of initiatives) {
    if (!isFinal(initiative.status) && initiative.assignedConnectorId && ctx.rng.chance(0.5)) {
      actions.push(initiativeAction(ctx, initiative, initiative.assignedConnectorId));
    }
    // Only as the permission model allows: for a connector who works in the kern.
    if (
      !isFinal(initiative.status) &&
      initiative.assignedConnectorId &&
      ctx.worksIn(initiative.assignedConnectorId, initiative.kernId) &&
      ctx.rng.chance(REVIEW_NOTE_SHARE)
    ) {
      actions.push(reviewNote(ctx, initiative, initiative.assignedConnectorId));
    }
  }
  visits.sort((a, b) => a.date.localeCompare(b.date));
  return { visits, actions };
}

function makeVisit(
  ctx: DemoContext,
  date: CivilDate,
  kern: Kern,
  organisations: readonly Organisation[],
  people: readonly Person[],
  initiatives: readonly Initiative[],
): Visit {
  const { rng } = ctx;
  const here = organisations.filter(
    (o) => o.kernIds.includes(kern.id) && (o.endDate === null || o.endDate >= date),
  );
  const pb = here.find((o) => o.name.startsWith('Plaatselijk Belang'));
  let channel = rng.pick(VISIT_CHANNELS);
  if (channel === 'pb-vergadering' && !pb) channel = 'bezoek';
  const met = channel === 'pb-vergadering' && pb ? [pb] : rng.sample(here, rng.chance(0.6) ? 1 : 2);
  const members = people.filter((person) =>
    person.memberships.some(
      (m) =>
        met.some((o) => o.id === m.organisationId) &&
        (m.startDate === null || m.startDate <= date) &&
        (m.endDate === null || m.endDate >= date),
    ),
  );
  const running = initiatives.filter(
    (i) =>
      i.kernId === kern.id &&
      i.registeredOn <= date &&
      (!isFinal(i.status) || (i.statusHistory.at(-1)?.at ?? 0) >= instantOn(date, 0)),
  );
  const linked = running.length > 0 && rng.chance(0.4) ? [rng.pick(running)] : [];
  const topics = rng.sample(TOPICS, rng.int(1, 3));
  if (linked.some((i) => i.noaberfonds) && !topics.includes('noaberfonds'))
    topics.push('noaberfonds');
  const createdAt = instantOn(date, rng.int(8, 16), rng);
  const author = ctx.connectorFor(kern.id);
  const noteRevisions = [
    { id: rng.id(createdAt), text: visitNote(rng, channel, topics), createdAt, authorId: author },
  ];
  if (rng.chance(0.1)) {
    const editedAt = createdAt + rng.int(1, 5) * 3_600_000;
    const first = noteRevisions[0]?.text ?? '';
    noteRevisions.push({
      id: rng.id(editedAt),
      text: `${first} Aanvulling: de secretaris stuurt de stukken nog na.`,
      createdAt: editedAt,
      authorId: author,
    });
  }
  return {
    id: rng.id(createdAt),
    createdAt,
    updatedAt: noteRevisions.at(-1)?.createdAt ?? createdAt,
    deleted: false,
    date,
    kernId: kern.id,
    channel,
    organisationIds: met.map((o) => o.id),
    personIds: rng.sample(members, 2).map((p) => p.id),
    topics,
    initiativeIds: linked.map((i) => i.id),
    noteRevisions,
    authorId: author,
  };
}

/** A follow-up from a visit: older ones are mostly done, some are left overdue. */
function makeAction(ctx: DemoContext, visit: Visit): Action {
  const { rng } = ctx;
  const dueDate = addDays(visit.date, rng.int(7, 28));
  const old = dueDate < addDays(ctx.today, -7);
  const done = rng.chance(old ? 0.92 : 0.3);
  const createdAt = visit.createdAt + 60_000;
  const doneOn = done ? laterButPast(ctx, visit.date, rng.int(1, 30)) : null;
  return {
    id: rng.id(createdAt),
    createdAt,
    updatedAt: doneOn ? Math.max(createdAt, instantOn(doneOn, 16)) : createdAt,
    deleted: false,
    what: rng.pick(FOLLOW_UPS),
    assigneeId: visit.authorId,
    dueDate,
    done,
    doneOn,
    visitId: visit.id,
    initiativeId: visit.initiativeIds[0] ?? null,
    requestedById: visit.authorId,
  };
}

/** A working day in the last two years, drawn more often in busy months than quiet ones. */
function seasonalWorkday(ctx: DemoContext): CivilDate {
  for (;;) {
    const date = workdayBefore(ctx, 1, HISTORY_DAYS);
    const weight = MONTH_WEIGHT[Number(date.slice(5, 7)) - 1] ?? 1;
    if (ctx.rng.chance(weight)) return date;
  }
}

/** A teamleider's review note: an action on the connector's Vandaag, set by the team lead. */
function reviewNote(ctx: DemoContext, initiative: Initiative, assignee: string): Action {
  const at = initiative.updatedAt + 120_000;
  const done = ctx.rng.chance(0.4);
  return {
    id: ctx.rng.id(at),
    createdAt: at,
    updatedAt: at,
    deleted: false,
    what: ctx.rng.pick([
      'Kun je de initiatiefnemers laten weten waar het staat? Ze wachten al even.',
      'Graag de begroting nog eens nalopen voor de Noaberfonds-aanvraag.',
      'Wil je Plaatselijk Belang hierbij betrekken?',
    ]),
    assigneeId: assignee,
    requestedById: ctx.teamLeadId,
    dueDate: addDays(ctx.today, ctx.rng.int(-5, 14)),
    done,
    doneOn: done ? addDays(ctx.today, -1) : null,
    visitId: null,
    initiativeId: initiative.id,
  };
}

function initiativeAction(ctx: DemoContext, initiative: Initiative, assignee: string): Action {
  const at = initiative.updatedAt + 60_000;
  return {
    id: ctx.rng.id(at),
    createdAt: at,
    updatedAt: at,
    deleted: false,
    what: ctx.rng.pick([
      'Initiatiefnemer bijpraten over de stand van zaken',
      'Ambtelijk team bij elkaar roepen',
      'Projectplan bespreken met de initiatiefnemers',
    ]),
    assigneeId: assignee,
    requestedById: assignee,
    dueDate: addDays(ctx.today, ctx.rng.int(-10, 21)),
    done: false,
    doneOn: null,
    visitId: null,
    initiativeId: initiative.id,
  };
}
