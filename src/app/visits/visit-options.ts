import { VISIT_CHANNELS } from '../../shared/records/visit.ts';
import type { RecordMessageKey } from '../i18n/record-messages-nl.ts';
import type { VisitMessageKey } from '../i18n/visit-messages-nl.ts';

export type VisitChannel = (typeof VISIT_CHANNELS)[number];

export const CHANNEL_LABELS: Record<VisitChannel, RecordMessageKey> = {
  bezoek: 'channel.bezoek',
  telefoon: 'channel.telefoon',
  'pb-vergadering': 'channel.pbVergadering',
  inloopspreekuur: 'channel.inloopspreekuur',
  'e-mail': 'channel.email',
  overig: 'channel.overig',
};

/** The basis recorded for a person first met during a visit (AVG: why we keep their data). */
export const MET_DURING_VISIT_BASIS = 'contactpersoon, gesproken tijdens bezoek';

/** The short words of the channel chips in the visit form (the full name is in CHANNEL_LABELS). */
export const CHANNEL_CHIP_LABELS = {
  bezoek: 'visitForm.channel.bezoek',
  telefoon: 'visitForm.channel.telefoon',
  'pb-vergadering': 'visitForm.channel.pbVergadering',
  inloopspreekuur: 'visitForm.channel.inloopspreekuur',
  'e-mail': 'visitForm.channel.email',
  overig: 'visitForm.channel.overig',
} as const satisfies Record<VisitChannel, VisitMessageKey>;
