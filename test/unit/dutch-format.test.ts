import { describe, expect, it } from 'vitest';
import { formatBytes, formatLongDate } from '../../src/shared/dutch-format.ts';

describe('formatLongDate', () => {
  it('writes the date in Dutch, as in the municipal papers', () => {
    expect(formatLongDate(new Date('2025-11-21T10:00:00Z'), 'nl')).toBe('vrijdag 21 november 2025');
    // English punctuation differs between ICU versions; the words and order do not.
    expect(formatLongDate(new Date('2025-11-21T10:00:00Z'), 'en')).toMatch(
      /^Friday,? 21 November 2025$/,
    );
  });

  it('uses Amsterdam time, not the device clock: 23:30 UTC is already the next day in summer', () => {
    expect(formatLongDate(new Date('2025-06-30T22:30:00Z'), 'nl')).toBe('dinsdag 1 juli 2025');
    expect(formatLongDate(new Date('2025-12-31T22:59:00Z'), 'nl')).toBe(
      'woensdag 31 december 2025',
    );
    expect(formatLongDate(new Date('2025-12-31T23:00:00Z'), 'nl')).toBe('donderdag 1 januari 2026');
  });
});

describe('formatBytes', () => {
  it('uses the decimal comma in Dutch', () => {
    expect(formatBytes(0, 'nl')).toBe('0 B');
    expect(formatBytes(999, 'nl')).toBe('999 B');
    expect(formatBytes(1_500_000, 'nl')).toBe('1,5 MB');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(2_000_000_000_000, 'nl')).toBe('2.000 GB');
  });
});
