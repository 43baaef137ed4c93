import { toCsv } from '../../shared/csv/csv.ts';
import type { Table } from '../../shared/reports/report-tables.ts';
import { downloadText } from '../components/download-file.ts';

/** Offers a table as a CSV file; made on the device, so it works offline. */
export function downloadCsv(fileName: string, table: Table): void {
  downloadText(fileName, 'text/csv;charset=utf-8', toCsv(table.header, table.rows));
}
