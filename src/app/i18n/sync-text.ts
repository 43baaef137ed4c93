import { translate, useI18n } from './i18n.tsx';
import { syncEn } from './sync-messages-en.ts';
import { syncNl, type SyncMessageKey } from './sync-messages-nl.ts';

/** The sync screens' words in the chosen language; they load with those (lazy) screens. */
export function useSyncText() {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? syncEn : syncNl;
  const st = (key: SyncMessageKey, values?: Record<string, string>) =>
    translate(messages, key, values);
  /** A failure reason code in words; unknown codes get the general sentence. */
  const failureText = (reason: string) => {
    const key = `sync.failure.${reason}`;
    return Object.hasOwn(messages, key) ? st(key as SyncMessageKey) : st('sync.failure.other');
  };
  /** A record field's name in words; a field without words keeps its own name. */
  const fieldText = (field: string) => {
    const key = `sync.field.${field}`;
    return Object.hasOwn(messages, key) ? st(key as SyncMessageKey) : field;
  };
  return { ...i18n, st, failureText, fieldText };
}
