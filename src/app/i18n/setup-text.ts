import { translate, useI18n } from './i18n.tsx';
import type { MessageKey } from './messages-nl.ts';
import { setupEn } from './setup-messages-en.ts';
import { setupNl, type SetupMessageKey } from './setup-messages-nl.ts';

export type SetupTextKey = MessageKey | SetupMessageKey;

const isSetupKey = (key: SetupTextKey): key is SetupMessageKey => Object.hasOwn(setupNl, key);

/**
 * `t` of the set-password screen: the main catalogue plus its own words, which stay out of
 * the first bundle (a person sees the screen once, from their setup link).
 */
export function useSetupText() {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? setupEn : setupNl;
  const t = (key: SetupTextKey, values?: Record<string, string>): string =>
    isSetupKey(key) ? translate(messages, key, values) : i18n.t(key, values);
  return { ...i18n, t };
}
