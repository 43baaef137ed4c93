import { translate, useI18n } from './i18n.tsx';
import type { MessageKey } from './messages-nl.ts';
import { authEn } from './auth-messages-en.ts';
import { authNl, type AuthMessageKey } from './auth-messages-nl.ts';

export type AuthTextKey = MessageKey | AuthMessageKey;

const isAuthKey = (key: AuthTextKey): key is AuthMessageKey => Object.hasOwn(authNl, key);

/**
 * `t` of the sign-in and set-password screens: the main catalogue plus their own words, which
 * stay out of the first bundle (a signed-in connector opens the app on Vandaag).
 */
export function useAuthText() {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? authEn : authNl;
  const t = (key: AuthTextKey, values?: Record<string, string>): string =>
    isAuthKey(key) ? translate(messages, key, values) : i18n.t(key, values);
  return { ...i18n, t };
}
