import { addDays, isWeekend, type CivilDate } from '../../shared/dates/civil-date.ts';
import type { Kern, OrganisationKind } from '../../shared/reference-data.ts';
import type { SeededRandom } from './random.ts';

const HOUR_MS = 3_600_000;

/** What every part of the demo generator draws on: the random source, the day and the lists. */
export interface DemoContext {
  rng: SeededRandom;
  /** The demo's "today": nothing is dated after it. */
  today: CivilDate;
  kernen: readonly Kern[];
  /** The id of the organisation kind with this name, or of the first kind when it is missing. */
  kindId: (name: string) => string;
  /** The gebiedsverbinder who works in this kern. */
  connectorFor: (kernId: string) => string;
  /** Does this connector really work in this kern (connectorFor falls back to the first)? */
  worksIn: (userId: string, kernId: string) => boolean;
  teamLeadId: string;
}

export function makeKindLookup(kinds: readonly OrganisationKind[]): (name: string) => string {
  const [first] = kinds;
  if (!first) throw new Error('the demo data set needs at least one organisation kind');
  return (name) => kinds.find((kind) => kind.name === name)?.id ?? first.id;
}

/** An instant on a civil date, during office hours (hours after midnight UTC). */
export function instantOn(date: CivilDate, hour: number, rng?: SeededRandom): number {
  const minutes = rng ? rng.int(0, 59) : 0;
  return Date.parse(`${date}T00:00:00Z`) + hour * HOUR_MS + minutes * 60_000;
}

/** A working day `min`…`max` days before today (moved back off a weekend). */
export function workdayBefore(ctx: DemoContext, min: number, max: number): CivilDate {
  let date = addDays(ctx.today, -ctx.rng.int(min, max));
  while (isWeekend(date)) date = addDays(date, -1);
  return date;
}

/** `date` plus some days, but never after yesterday: the demo's events lie in the past. */
export function laterButPast(ctx: DemoContext, date: CivilDate, days: number): CivilDate {
  const next = addDays(date, days);
  const yesterday = addDays(ctx.today, -1);
  return next > yesterday ? yesterday : next;
}
