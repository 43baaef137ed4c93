/**
 * Dates shown to users: the municipality's time zone, whatever the device's clock says, so a
 * visit logged at 23:30 is on the same day for the connector and for the town hall.
 */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

export type UiLanguage = 'nl' | 'en';

export const LOCALES: Record<UiLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatLongDate(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: MUNICIPAL_TIME_ZONE,
  }).format(date);
}

/** A civil date ("2025-11-21") as "21 november 2025", with no time zone shift. */
export function formatCivilDate(date: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "21 november 2025 om 10:42" style, for times shown next to events. */
export function formatDateTime(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: MUNICIPAL_TIME_ZONE,
  }).format(date);
}

/** Bytes as "1,5 MB" (nl) or "1.5 MB" (en); storage figures in the settings screen. */
export function formatBytes(bytes: number, language: UiLanguage): string {
  const units = ['B', 'kB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const formatted = new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${formatted} ${units[unit]}`;
}
