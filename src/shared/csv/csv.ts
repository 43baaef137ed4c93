/**
 * CSV the way a Dutch Excel opens it as columns: UTF-8 with a byte-order mark (else Excel
 * guesses Windows-1252 and mangles "ë"), semicolons between cells (the comma is the decimal
 * sign), decimal commas, CRLF line ends and RFC 4180 quoting.
 *
 * A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or
 * a carriage return) gets a leading apostrophe: a name typed as "=HYPERLINK(…)" stays text
 * (OWASP, "CSV injection"). Numbers are written as numbers and are never touched.
 */
export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/** A number with a decimal comma and no thousands separator: 1234.5 → "1234,5". */
export function decimalComma(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(value).replace('.', ',');
}

/** Text a spreadsheet shows as typed, never runs. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? decimalComma(cell) : neutralise(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header row, then the rows, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cellText).join(SEPARATOR));
  return CSV_BOM + lines.map((line) => line + LINE_END).join('');
}

/**
 * Reads a file `toCsv` made (or any RFC 4180 file with semicolons) back into rows of text.
 * The byte-order mark is dropped; quoted cells may hold semicolons, quotes and line breaks.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 0;
  while (index < source.length) {
    const char = source[index] as string;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      index += 1;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === SEPARATOR) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && source[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
    index += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
