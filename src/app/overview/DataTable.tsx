import type { CsvCell } from '../../shared/csv/csv.ts';
import { isCivilDate } from '../../shared/dates/civil-date.ts';
import { formatCivilDate, type UiLanguage } from '../../shared/dutch-format.ts';
import type { Table } from '../../shared/reports/report-tables.ts';
import { formatNumber } from './period-label.ts';

function shown(cell: CsvCell, language: UiLanguage): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell, language, 2);
  return isCivilDate(cell) ? formatCivilDate(cell, language) : cell;
}

/**
 * A list behind a figure, as the CSV holds it, with Dutch dates and numbers. Wide tables
 * scroll inside their own box, so the screen stays usable at 320 px (WCAG 1.4.10).
 */
export function DataTable({
  table,
  caption,
  language,
}: {
  table: Table;
  caption: string;
  language: UiLanguage;
}) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="data-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.header.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column} class={typeof cell === 'number' ? 'number' : undefined}>
                  {shown(cell, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
