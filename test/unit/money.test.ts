import { describe, expect, it } from 'vitest';
import { centsForInput, formatEuro, parseEuroCents } from '../../src/shared/money.ts';

describe('euro amounts typed in a form', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['2500', 250_000],
    ['2.500', 250_000],
    ['€ 1.234,50', 123_450],
    ['1234,5', 123_450],
    ['12.50', 1250],
    ['0,05', 5],
  ])('reads %j as %j cents', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(['tien euro', '1,2,3', '12,345', '1.23.4', '-5'])('refuses %j', (text) => {
    expect(parseEuroCents(text)).toBeNaN();
  });

  it('shows stored cents for editing and reads them back the same', () => {
    for (const cents of [0, 5, 1250, 123_450, 250_000]) {
      expect(parseEuroCents(centsForInput(cents))).toBe(cents);
    }
    expect(centsForInput(null)).toBe('');
    expect(centsForInput(123_450)).toBe('1234,50');
  });

  it('formats amounts the Dutch way', () => {
    expect(formatEuro(123_450, 'nl').replace(/\s/g, ' ')).toBe('€ 1.234,50');
  });
});
