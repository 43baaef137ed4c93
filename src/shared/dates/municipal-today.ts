import { MUNICIPAL_TIME_ZONE } from '../dutch-format.ts';
import { civilDateAt, type CivilDate } from './civil-date.ts';

/** Today in the municipality, for registration dates, due dates and deadlines. */
export function municipalToday(now: number): CivilDate {
  return civilDateAt(new Date(now), MUNICIPAL_TIME_ZONE);
}
