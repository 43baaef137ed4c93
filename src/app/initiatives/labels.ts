import type { InitiativeStatus } from '../../shared/records/initiative-status.ts';
import type { FeedbackState } from '../../shared/dates/feedback-deadline.ts';
import type { RecordMessageKey } from '../i18n/record-messages-nl.ts';
import type { NoaberfondsStep, SupportKind } from './initiative-form-state.ts';

export const STATUS_LABELS: Record<InitiativeStatus, RecordMessageKey> = {
  ingediend: 'initiativeStatus.ingediend',
  'in gesprek': 'initiativeStatus.inGesprek',
  'in behandeling': 'initiativeStatus.inBehandeling',
  ondersteund: 'initiativeStatus.ondersteund',
  doorverwezen: 'initiativeStatus.doorverwezen',
  'niet ondersteund': 'initiativeStatus.nietOndersteund',
  'in uitvoering': 'initiativeStatus.inUitvoering',
  afgerond: 'initiativeStatus.afgerond',
  ingetrokken: 'initiativeStatus.ingetrokken',
  gepauzeerd: 'initiativeStatus.gepauzeerd',
};

export const FEEDBACK_STATE_LABELS: Record<FeedbackState, RecordMessageKey> = {
  waiting: 'feedbackState.waiting',
  'due-soon': 'feedbackState.dueSoon',
  overdue: 'feedbackState.overdue',
  'on-time': 'feedbackState.onTime',
  late: 'feedbackState.late',
};

export const SUPPORT_LABELS: Record<SupportKind, RecordMessageKey> = {
  advies: 'support.advies',
  netwerk: 'support.netwerk',
  'ruimte-vergunning': 'support.ruimteVergunning',
  noaberfonds: 'support.noaberfonds',
};

export const NOABERFONDS_STEP_LABELS: Record<NoaberfondsStep, RecordMessageKey> = {
  aanvraag: 'noaberfondsStep.aanvraag',
  verlening: 'noaberfondsStep.verlening',
  verantwoording: 'noaberfondsStep.verantwoording',
  vaststelling: 'noaberfondsStep.vaststelling',
  terugvordering: 'noaberfondsStep.terugvordering',
};

/** One line per Noaberfonds step that says what it means, in plain words. */
export const NOABERFONDS_STEP_EXPLAINED: Record<NoaberfondsStep, RecordMessageKey> = {
  aanvraag: 'noaberfondsExplain.aanvraag',
  verlening: 'noaberfondsExplain.verlening',
  verantwoording: 'noaberfondsExplain.verantwoording',
  vaststelling: 'noaberfondsExplain.vaststelling',
  terugvordering: 'noaberfondsExplain.terugvordering',
};
