import { get, set } from 'idb-keyval';
import type { UiLanguage } from '../shared/dutch-format.ts';

/**
 * Small per-device preferences, kept in IndexedDB through idb-keyval (never localStorage,
 * which is synchronous and loses data silently when full). Records live in Dexie instead.
 */
const LANGUAGE_KEY = 'ui-language';

export async function loadLanguage(): Promise<UiLanguage | undefined> {
  const stored: unknown = await get(LANGUAGE_KEY);
  return stored === 'nl' || stored === 'en' ? stored : undefined;
}

export async function saveLanguage(language: UiLanguage): Promise<void> {
  await set(LANGUAGE_KEY, language);
}
