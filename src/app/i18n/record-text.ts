import { isStorageFull } from '../../db/device-errors.ts';
import type { FieldProblem } from '../../db/repositories/record-errors.ts';
import type { FieldReason } from '../../shared/records/fields.ts';
import { translate, useI18n } from './i18n.tsx';
import type { MessageKey } from './messages-nl.ts';
import { recordEn } from './record-messages-en.ts';
import { recordNl, type RecordMessageKey } from './record-messages-nl.ts';

export type RecordTextKey = MessageKey | RecordMessageKey;

/** The one place where a field problem's reason code becomes words. */
const REASON_TEXT: Record<FieldReason, RecordMessageKey> = {
  required: 'reason.required',
  'too-long': 'reason.tooLong',
  'invalid-id': 'reason.invalidId',
  'invalid-date': 'reason.invalidDate',
  'invalid-email': 'reason.invalidEmail',
  'invalid-phone': 'reason.invalidPhone',
  'invalid-website': 'reason.invalidWebsite',
  'invalid-amount': 'reason.invalidAmount',
  'needs-kern': 'reason.needsKern',
  'end-date-status': 'reason.endDateStatus',
  'end-before-start': 'reason.endBeforeStart',
  'in-the-future': 'reason.inTheFuture',
  'visit-empty': 'reason.visitEmpty',
  'too-large': 'reason.tooLarge',
  invalid: 'reason.invalid',
};

const isRecordKey = (key: RecordTextKey): key is RecordMessageKey => Object.hasOwn(recordNl, key);

/**
 * `t` of the record screens: the main catalogue plus the record forms' own words, in the
 * chosen language. Both record catalogues are small and come with these (lazy) screens.
 */
export function useRecordText() {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? recordEn : recordNl;
  const t = (key: RecordTextKey, values?: Record<string, string>): string =>
    isRecordKey(key) ? translate(messages, key, values) : i18n.t(key, values);
  const problemText = (problem: FieldProblem): string =>
    t(REASON_TEXT[problem.reason], { max: String(problem.limit ?? '') });
  /** A save that failed for another reason than its fields: a full device says so. */
  const saveFailedText = (error: unknown): string =>
    isStorageFull(error) ? t('record.storageFull') : t('visit.saveFailed');
  return { ...i18n, t, problemText, saveFailedText };
}
