import { ApiError } from '../../sync/api-client.ts';
import { failureMessageKey, failureText } from '../i18n/failure-messages.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Turns whatever a request threw into the sentence the user sees. */
export function useFailureText(): (error: unknown) => string {
  const { language } = useI18n();
  return (error) =>
    failureText(language, failureMessageKey(error instanceof ApiError ? error.reason : undefined));
}
