import { toCsv } from '../../shared/csv/csv.ts';
import type { Table } from '../../shared/reports/report-tables.ts';

/** Offers a table as a CSV file; made on the device, so it works offline. */
export function downloadCsv(fileName: string, table: Table): void {
  const blob = new Blob([toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the address goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
