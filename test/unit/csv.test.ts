import { describe, expect, it } from 'vitest';
import { CSV_BOM, decimalComma, neutralise, parseCsv, toCsv } from '../../src/shared/csv/csv.ts';

describe('CSV for a Dutch Excel', () => {
  it('starts with a byte-order mark and separates with semicolons, CRLF line ends', () => {
    const csv = toCsv(['Kern', 'Bezoeken'], [['Dalfsen', 3]]);
    expect(csv).toBe(`${CSV_BOM}Kern;Bezoeken\r\nDalfsen;3\r\n`);
  });

  it('writes decimal commas without thousands separators', () => {
    expect(decimalComma(1500.5)).toBe('1500,5');
    expect(decimalComma(-0.25)).toBe('-0,25');
    expect(decimalComma(1234567)).toBe('1234567');
    expect(toCsv(['Bedrag'], [[2500.5]])).toContain('\r\n2500,5\r\n');
  });

  it('quotes cells holding a semicolon, a quote or a line break (RFC 4180)', () => {
    const csv = toCsv(['Tekst'], [['a;b'], ['zei "ja"'], ['regel 1\nregel 2'], [' spatie']]);
    expect(csv).toBe(
      `${CSV_BOM}Tekst\r\n"a;b"\r\n"zei ""ja"""\r\n"regel 1\nregel 2"\r\n" spatie"\r\n`,
    );
  });

  it.each(['=1+1', '+31 6 1234', '-2', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises the formula start of %j',
    (text) => {
      expect(neutralise(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text and numbers alone', () => {
    expect(neutralise('Dalfsen')).toBe('Dalfsen');
    expect(neutralise('a=b')).toBe('a=b');
    expect(toCsv(['n'], [[-2]])).toContain('\r\n-2\r\n');
    expect(toCsv(['n'], [[null]])).toBe(`${CSV_BOM}n\r\n\r\n`);
  });

  it('parses back to the same rows, formula starts kept harmless', () => {
    const rows = [
      ['PB Hoonhorst', 'zei "ja"; daarna niets', '41'],
      ['Café ’t Hûs', 'regel 1\r\nregel 2', ''],
      ['=HYPERLINK("x")', '-', '@'],
    ];
    const parsed = parseCsv(toCsv(['Naam', 'Notitie', 'Dagen'], rows));
    expect(parsed).toEqual([
      ['Naam', 'Notitie', 'Dagen'],
      rows[0],
      rows[1],
      [`'=HYPERLINK("x")`, "'-", "'@"],
    ]);
  });
});
