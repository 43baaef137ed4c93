import { cachedColleagues } from '../../db/colleague-cache.ts';
import type { NoaberDatabase } from '../../db/database.ts';
import { cachedKernen, cachedOrganisationKinds } from '../../db/reference-cache.ts';
import type { Colleague } from '../../shared/colleagues.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { ReportData } from '../../shared/reports/report-data.ts';
import type { ReportNames } from '../../shared/reports/report-tables.ts';
import { satisfactionAnswers } from '../../shared/reports/resident-satisfaction.ts';
import { FORM_AUTHOR_ID } from '../../shared/ideas/form-author.ts';

/**
 * The kinds that count as a village association. Kinds are the beheerder's data, so this is
 * recognised by name: Plaatselijk Belang, Dorpsbelang(en), dorpsraad, dorpsplatform.
 */
const VILLAGE_ASSOCIATION = /plaatselijk\s+belang|dorpsbelang|dorpsraad|dorpsplatform/i;

export interface OverviewSource {
  data: ReportData & { organisations: Organisation[] };
  names: ReportNames;
  colleagues: Colleague[];
}

/** Everything the Overzicht reads, from this device only: it works offline after a sync. */
export async function loadOverviewSource(db: NoaberDatabase): Promise<OverviewSource> {
  const [visits, initiatives, actions, organisations, kernen, kinds, colleagues] =
    await Promise.all([
      db.visits.toArray(),
      db.initiatives.toArray(),
      db.actions.toArray(),
      db.organisations.toArray(),
      cachedKernen(db),
      cachedOrganisationKinds(db),
      cachedColleagues(db),
    ]);
  const connectorsByKern = new Map<string, string[]>();
  for (const colleague of colleagues) {
    for (const kernId of colleague.kernIds) {
      connectorsByKern.set(kernId, [...(connectorsByKern.get(kernId) ?? []), colleague.id]);
    }
  }
  const kernNames = new Map(kernen.map((kern) => [kern.id, kern.name]));
  const userNames = new Map(colleagues.map((colleague) => [colleague.id, colleague.displayName]));
  userNames.set(FORM_AUTHOR_ID, 'Inwoner via het formulier');
  const organisationNames = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    data: {
      visits,
      initiatives,
      actions,
      organisations,
      kernen,
      villageAssociationKindIds: new Set(
        kinds.filter((kind) => VILLAGE_ASSOCIATION.test(kind.name)).map((kind) => kind.id),
      ),
      connectorsByKern,
      satisfaction: satisfactionAnswers(initiatives),
    },
    names: {
      kern: (id) => kernNames.get(id) ?? '',
      user: (id) => (id === null ? '' : (userNames.get(id) ?? '')),
      organisation: (id) => organisationNames.get(id) ?? '',
    },
    colleagues,
  };
}
