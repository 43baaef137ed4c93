/**
 * Civil dates ("2025-11-21"), the way the municipality counts days: no time, no time zone.
 * Arithmetic runs on UTC midnight so that daylight saving time never moves a date.
 */
export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isCivilDate(value: string): boolean {
  const match = CIVIL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function civilDate(year: number, month: number, day: number): CivilDate {
  return toCivil(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return toCivil(new Date(fromCivil(date).getTime() + days * DAY_MS));
}

/**
 * The same day `months` later; a day the month lacks becomes its last day (31 January plus a
 * month is 28 or 29 February), as people mean "over een maand".
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const start = fromCivil(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return toCivil(target);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return fromCivil(date).getUTCDay();
}

export function isWeekend(date: CivilDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((fromCivil(b).getTime() - fromCivil(a).getTime()) / DAY_MS);
}

/**
 * One formatter per time zone: making one costs some 50 µs, and saving a visit asks for
 * today (is its date in the future?) on every save.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The civil date of an instant in the given time zone (the municipality's, normally). */
export function civilDateAt(instant: Date, timeZone: string): CivilDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function fromCivil(date: CivilDate): Date {
  if (!isCivilDate(date)) throw new RangeError(`not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function toCivil(date: Date): CivilDate {
  return date.toISOString().slice(0, 10);
}
