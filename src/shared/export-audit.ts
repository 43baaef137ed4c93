import * as v from 'valibot';

/**
 * A CSV export with personal data (contact details) is made on the teamleider's device, but
 * only after the server wrote it to the audit log (BIO2: who saw what). The request names the
 * list and how many rows left the app.
 */
export const CONTACT_EXPORT_LISTS = ['organisations', 'people'] as const;

export const ContactExportRequestSchema = v.strictObject({
  list: v.picklist(CONTACT_EXPORT_LISTS),
  rows: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
});
export type ContactExportRequest = v.InferInput<typeof ContactExportRequestSchema>;
