import { translate } from './i18n.tsx';
import { useRecordText, type RecordTextKey } from './record-text.ts';
import { visitEn } from './visit-messages-en.ts';
import { visitNl, type VisitMessageKey } from './visit-messages-nl.ts';

export type VisitTextKey = RecordTextKey | VisitMessageKey;

const isVisitKey = (key: VisitTextKey): key is VisitMessageKey => Object.hasOwn(visitNl, key);

/** `t` of the visit screens: the record screens' words plus their own (a lazy catalogue). */
export function useVisitText() {
  const record = useRecordText();
  const messages = record.language === 'en' ? visitEn : visitNl;
  const t = (key: VisitTextKey, values?: Record<string, string>): string =>
    isVisitKey(key) ? translate(messages, key, values) : record.t(key, values);
  return { ...record, t };
}
