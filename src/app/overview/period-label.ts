import { LOCALES, formatCivilDate, type UiLanguage } from '../../shared/dutch-format.ts';
import { periodHolding, type Period } from '../../shared/reports/period.ts';

const same = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/**
 * A period in words: "2025", "2e kwartaal 2025", "november 2025", or "1 april 2025 – 3 mei
 * 2025" for a chosen range. Used in the report's title, header and footer.
 */
export function periodLabel(period: Period, language: UiLanguage): string {
  const year = period.from.slice(0, 4);
  if (same(period, periodHolding('year', period.from))) return year;
  if (same(period, periodHolding('quarter', period.from))) {
    const quarter = Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1;
    return language === 'nl' ? `${quarter}e kwartaal ${year}` : `Q${quarter} ${year}`;
  }
  if (same(period, periodHolding('month', period.from))) return monthLabel(period.from, language);
  return `${formatCivilDate(period.from, language)} – ${formatCivilDate(period.to, language)}`;
}

/** "november 2025" for a date or a month key ("2025-11"). */
export function monthLabel(month: string, language: UiLanguage, short = false): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: short ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
}

export function formatNumber(value: number, language: UiLanguage, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}
