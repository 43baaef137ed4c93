import { translate, useI18n } from './i18n.tsx';
import type { MessageKey } from './messages-nl.ts';
import { adminEn } from './admin-messages-en.ts';
import { adminNl, type AdminMessageKey } from './admin-messages-nl.ts';

export type AdminTextKey = MessageKey | AdminMessageKey;

const isAdminKey = (key: AdminTextKey): key is AdminMessageKey => Object.hasOwn(adminNl, key);

/**
 * `t` of the Beheer screens: the main catalogue plus their own words, in the chosen
 * language. Only a beheerder opens them, so their words stay out of the first bundle.
 */
export function useAdminText() {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? adminEn : adminNl;
  const t = (key: AdminTextKey, values?: Record<string, string>): string =>
    isAdminKey(key) ? translate(messages, key, values) : i18n.t(key, values);
  return { ...i18n, t };
}
