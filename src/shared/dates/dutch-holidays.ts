import { addDays, civilDate, weekday, type CivilDate } from './civil-date.ts';

/**
 * Dutch public holidays (algemeen erkende feestdagen) that stop the clock of a working-day
 * term. Which of the optional days count is the municipality's choice, so it is a setting:
 * - Goede Vrijdag is no general day off;
 * - Bevrijdingsdag (5 May) is a national holiday, but many employers give the day off only
 *   in lustrum years (2025, 2030, …).
 */
export interface HolidayRules {
  goodFriday: boolean;
  liberationDay: 'every-year' | 'lustrum-years' | 'never';
}

export const DEFAULT_HOLIDAY_RULES: HolidayRules = {
  goodFriday: false,
  liberationDay: 'lustrum-years',
};

/** Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDate(year, month, day);
}

/** Koningsdag is 27 April, or Saturday 26 April when the 27th is a Sunday (since 2014). */
export function kingsDay(year: number): CivilDate {
  const date = civilDate(year, 4, 27);
  return weekday(date) === 0 ? civilDate(year, 4, 26) : date;
}

export function dutchPublicHolidays(
  year: number,
  rules: HolidayRules = DEFAULT_HOLIDAY_RULES,
): Set<CivilDate> {
  const easter = easterSunday(year);
  const days = [
    civilDate(year, 1, 1), // Nieuwjaarsdag
    easter, // Eerste Paasdag
    addDays(easter, 1), // Tweede Paasdag
    kingsDay(year),
    addDays(easter, 39), // Hemelvaartsdag
    addDays(easter, 49), // Eerste Pinksterdag
    addDays(easter, 50), // Tweede Pinksterdag
    civilDate(year, 12, 25), // Eerste Kerstdag
    civilDate(year, 12, 26), // Tweede Kerstdag
  ];
  if (rules.goodFriday) days.push(addDays(easter, -2));
  const liberation =
    rules.liberationDay === 'every-year' ||
    (rules.liberationDay === 'lustrum-years' && year % 5 === 0);
  if (liberation) days.push(civilDate(year, 5, 5));
  return new Set(days);
}
