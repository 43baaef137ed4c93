import type { InitiativeStatus } from '../../shared/records/initiative-status.ts';
import type { FeedbackState } from '../../shared/dates/feedback-deadline.ts';
import type { MessageKey } from '../i18n/messages-nl.ts';

export const STATUS_LABELS: Record<InitiativeStatus, MessageKey> = {
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

export const FEEDBACK_STATE_LABELS: Record<FeedbackState, MessageKey> = {
  waiting: 'feedbackState.waiting',
  'due-soon': 'feedbackState.dueSoon',
  overdue: 'feedbackState.overdue',
  'on-time': 'feedbackState.onTime',
  late: 'feedbackState.late',
};
