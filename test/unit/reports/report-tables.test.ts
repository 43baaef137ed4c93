import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/shared/csv/csv.ts';
import { computeOverview } from '../../../src/shared/reports/overview.ts';
import {
  noaberfondsTable,
  organisationsTable,
  villageAssociationsTable,
  type ReportNames,
} from '../../../src/shared/reports/report-tables.ts';
import { Q2_2025, reportFixture } from './report-fixture.ts';

const names: ReportNames = {
  kern: (id) => id.replace('kern-', ''),
  user: (id) => id ?? '',
  organisation: (id) => id,
};

describe('report tables', () => {
  const overview = computeOverview(reportFixture(), Q2_2025);

  it('holds contact details only when asked for', () => {
    const organisation = {
      ...reportFixture().organisations[0]!,
      email: 'pb@example.nl',
      phone: '+31 529 123456',
    };
    const plain = organisationsTable([organisation], names, false);
    expect(plain.header).not.toContain('E-mail');
    expect(JSON.stringify(plain.rows)).not.toContain('pb@example.nl');
    const full = organisationsTable([organisation], names, true);
    expect(full.header).toContain('E-mail');
    expect(full.rows[0]).toContain('pb@example.nl');
  });

  it('writes Noaberfonds amounts in euros with a decimal comma', () => {
    const csv = toCsv(
      noaberfondsTable(overview.noaberfonds).header,
      noaberfondsTable(overview.noaberfonds).rows,
    );
    expect(parseCsv(csv)[1]).toEqual(['aanvraag', '1', '1500,5', '0']);
  });

  it('parses the PB contact overview back to the same rows', () => {
    const table = villageAssociationsTable(overview.villageAssociations, names);
    const parsed = parseCsv(toCsv(table.header, table.rows));
    expect(parsed).toEqual([
      ['Plaatselijk Belang', 'Kern', 'Laatste contact', 'Dagen geleden', 'Te lang geleden'],
      ['PB Welsum', 'welsum', '', '', 'ja'],
      ['PB Ankum', 'ankum', '2025-03-15', '107', 'ja'],
      ['PB Hoonhorst', 'hoonhorst', '2025-05-20', '41', 'nee'],
    ]);
  });
});
