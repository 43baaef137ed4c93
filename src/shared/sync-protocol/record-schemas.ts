import type * as v from 'valibot';
import { ActionSchema } from '../records/action.ts';
import { InitiativeSchema } from '../records/initiative.ts';
import { OrganisationSchema } from '../records/organisation.ts';
import { PersonSchema } from '../records/person.ts';
import { VisitSchema } from '../records/visit.ts';
import type { RecordTable } from './sync-tables.ts';

/** The whole-record schema of each synced table: what the server checks after every merge. */
export const RECORD_SCHEMAS: Record<
  RecordTable,
  v.GenericSchema<unknown, Record<string, unknown>>
> = {
  organisations: OrganisationSchema,
  people: PersonSchema,
  visits: VisitSchema,
  initiatives: InitiativeSchema,
  actions: ActionSchema,
};
