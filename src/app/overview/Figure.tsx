import type { ComponentChildren } from 'preact';
import type { Table } from '../../shared/reports/report-tables.ts';
import { Button } from '../components/nlds/Button.tsx';
import { downloadCsv } from './csv-download.ts';
import { DataTable } from './DataTable.tsx';
import { useOverviewText } from './overview-text.ts';

/**
 * One figure that opens the list behind it (a disclosure: keyboard and screen readers know
 * it), with that list as a CSV download.
 */
export function Figure({
  value,
  label,
  table,
  fileName,
  alert = false,
  emptyText,
  children,
}: {
  value: string;
  label: string;
  table: Table;
  fileName: string;
  alert?: boolean;
  /** What an empty list means for this figure (else: nothing in this period). */
  emptyText?: string;
  children?: ComponentChildren;
}) {
  const { t, language } = useOverviewText();
  return (
    <details class={`figure${alert ? ' figure--alert' : ''}`} data-figure={fileName}>
      <summary>
        <span class="figure-value">{value}</span> <span class="figure-label">{label}</span>
      </summary>
      <div class="figure-list">
        {table.rows.length === 0 ? (
          <p class="muted">{emptyText ?? t('overview.emptyList')}</p>
        ) : (
          <DataTable table={table} caption={label} language={language} />
        )}
        <p class="figure-actions">
          <Button type="button" onClick={() => downloadCsv(`${fileName}.csv`, table)}>
            {t('overview.download')}
          </Button>
          {children}
        </p>
      </div>
    </details>
  );
}
