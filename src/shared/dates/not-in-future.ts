import type { CivilDate } from './civil-date.ts';
import { municipalToday } from './municipal-today.ts';

/**
 * A visit happened, an idea was received: such dates lie today or earlier in the
 * municipality (a device in another time zone, or with a clock ahead, cannot move them on).
 */
export function isInTheFuture(date: CivilDate, now: number): boolean {
  return date > municipalToday(now);
}
