import { LOCALES, type UiLanguage } from './dutch-format.ts';

/**
 * Euro amounts as typed in a form and stored as whole cents (no rounding errors in the sums
 * for the council). Dutch notation first: "1.234,50" and "1234,5" are € 1.234,50; a point
 * followed by one or two digits at the end ("12.50") is read as a decimal point, as people
 * type it on an English keyboard.
 */
const DUTCH_AMOUNT = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$|^\d+(,\d{1,2})?$/;
const POINT_DECIMAL = /^\d+\.\d{1,2}$/;

/** The cents in a typed amount; `null` when empty; `NaN` when it is not an amount. */
export function parseEuroCents(text: string): number | null {
  const compact = text.replace(/[\s€]/g, '');
  if (compact === '') return null;
  let normalised: string;
  if (POINT_DECIMAL.test(compact)) normalised = compact;
  else if (DUTCH_AMOUNT.test(compact)) normalised = compact.replace(/\./g, '').replace(',', '.');
  else return Number.NaN;
  const [euros = '0', fraction = ''] = normalised.split('.');
  return Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as a form shows them for editing: "2500,50", "2500" — no thousands separator. */
export function centsForInput(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** Cents as "€ 1.234,50" (nl) or "€1,234.50" (en). */
export function formatEuro(cents: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}
