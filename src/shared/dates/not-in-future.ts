import type { CivilDate } from './civil-date.ts';
import { municipalToday } from './municipal-today.ts';

/**
 * A visit happened, an idea was received: such dates lie today or earlier in the
 * municipality (a device in another time zone, or with a clock ahead, cannot move them on).
 */
export function isInTheFuture(date: CivilDate, now: number): boolean {
  // The municipality lies east of UTC (Europe/Amsterdam, UTC+1 or +2): its date is never
  // before UTC's. A date up to UTC's today is therefore never in the future there, which
  // spares most saves the time-zone calendar (tens of µs a call).
  if (date <= new Date(now).toISOString().slice(0, 10)) return false;
  return date > municipalToday(now);
}
