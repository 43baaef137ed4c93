/** The record tables a device edits and syncs both ways. */
export const RECORD_TABLES = [
  'organisations',
  'people',
  'visits',
  'initiatives',
  'actions',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/**
 * What a device may push: its records, and the resolution of a conflict (the only field of
 * a conflict a device writes).
 */
export const PUSHED_TABLES = [...RECORD_TABLES, 'conflicts'] as const;
export type PushedTable = (typeof PUSHED_TABLES)[number];

/** What a device receives: also the mutations the server rejected, shown to their author. */
export const PULLED_TABLES = [...PUSHED_TABLES, 'rejections'] as const;
export type PulledTable = (typeof PULLED_TABLES)[number];
