import { VISIT_CHANNELS } from '../../shared/records/visit.ts';
import type { MessageKey } from '../i18n/messages-nl.ts';

export type VisitChannel = (typeof VISIT_CHANNELS)[number];

export const CHANNEL_LABELS: Record<VisitChannel, MessageKey> = {
  bezoek: 'channel.bezoek',
  telefoon: 'channel.telefoon',
  'pb-vergadering': 'channel.pbVergadering',
  inloopspreekuur: 'channel.inloopspreekuur',
  'e-mail': 'channel.email',
  overig: 'channel.overig',
};

/** The basis recorded for a person first met during a visit (AVG: why we keep their data). */
export const MET_DURING_VISIT_BASIS = 'contactpersoon, gesproken tijdens bezoek';
