import { translate } from '../i18n/i18n.tsx';
import { useRecordText, type RecordTextKey } from '../i18n/record-text.ts';
import { overviewEn } from './overview-messages-en.ts';
import { overviewNl, type OverviewMessageKey } from './overview-messages-nl.ts';

export type OverviewTextKey = RecordTextKey | OverviewMessageKey;

const isOverviewKey = (key: OverviewTextKey): key is OverviewMessageKey =>
  Object.hasOwn(overviewNl, key);

/** `t` of the Overzicht and the council report: the record words plus their own. */
export function useOverviewText() {
  const record = useRecordText();
  const messages = record.language === 'en' ? overviewEn : overviewNl;
  const t = (key: OverviewTextKey, values?: Record<string, string>): string =>
    isOverviewKey(key) ? translate(messages, key, values) : record.t(key, values);
  return { ...record, t };
}
