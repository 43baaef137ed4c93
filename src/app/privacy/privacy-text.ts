import { translate, useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages-nl.ts';
import { privacyEn } from './privacy-messages-en.ts';
import { privacyNl, type PrivacyMessageKey } from './privacy-messages-nl.ts';

export type PrivacyTextKey = MessageKey | PrivacyMessageKey;

const isPrivacyKey = (key: PrivacyTextKey): key is PrivacyMessageKey =>
  Object.hasOwn(privacyNl, key);

/** `t` of the privacy screens: the main catalogue plus their own words (a lazy chunk). */
export function usePrivacyText() {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? privacyEn : privacyNl;
  const t = (key: PrivacyTextKey, values?: Record<string, string>): string =>
    isPrivacyKey(key) ? translate(messages, key, values) : i18n.t(key, values);
  return { ...i18n, t };
}
