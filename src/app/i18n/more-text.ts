import { translate, useI18n, type Translate } from './i18n.tsx';
import type { MessageKey } from './messages-nl.ts';
import { moreEn } from './more-messages-en.ts';
import { moreNl, type MoreMessageKey } from './more-messages-nl.ts';

const isMoreKey = (key: MessageKey | MoreMessageKey): key is MoreMessageKey =>
  Object.hasOwn(moreNl, key);

/** `t` of "Meer" and the sign-out button: the main catalogue plus their own (a lazy one). */
export function useMoreText(): {
  t: (key: MessageKey | MoreMessageKey, values?: Record<string, string>) => string;
  main: Translate;
} {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? moreEn : moreNl;
  return {
    t: (key, values) => (isMoreKey(key) ? translate(messages, key, values) : i18n.t(key, values)),
    main: i18n.t,
  };
}
