import type { FailureReason } from '../../sync/api-client.ts';
import type { UiLanguage } from '../../shared/dutch-format.ts';
import { failureEn } from './failure-words-en.ts';
import { failureNl, type FailureMessageKey } from './failure-words-nl.ts';

/**
 * The one place where a failure reason becomes words for the user. A reason without its own
 * text gets the general one; the words never come from the server's developer message.
 */
const FAILURE_MESSAGES: Partial<Record<FailureReason, FailureMessageKey>> = {
  network: 'failure.network',
  'bad-answer': 'failure.badAnswer',
  'invalid-credentials': 'failure.invalidCredentials',
  'rate-limited': 'failure.rateLimited',
  'storage-unavailable': 'failure.storageUnavailable',
  'invalid-setup-link': 'failure.invalidSetupLink',
  forbidden: 'failure.forbidden',
  conflict: 'failure.conflict',
  'kern-cycle': 'failure.kernCycle',
  'invalid-body': 'failure.invalidBody',
  'session-ended': 'failure.sessionEnded',
  'session-revoked': 'failure.sessionRevoked',
  unauthorized: 'failure.sessionEnded',
};

export function failureMessageKey(reason: FailureReason | undefined): FailureMessageKey {
  return (reason && FAILURE_MESSAGES[reason]) ?? 'failure.general';
}

/** The sentence for a failure in the chosen language. */
export function failureText(language: UiLanguage, key: FailureMessageKey): string {
  return (language === 'en' ? failureEn : failureNl)[key];
}
