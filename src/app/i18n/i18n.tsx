import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { loadLanguage, saveLanguage } from '../../db/device-settings.ts';
import type { UiLanguage } from '../../shared/dutch-format.ts';
import { nl, type MessageKey } from './messages-nl.ts';

export type Messages = Record<MessageKey, string>;
export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

interface I18n {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
  t: Translate;
}

/** Dutch is in the main bundle; English loads when chosen (and is precached for offline). */
async function loadMessages(language: UiLanguage): Promise<Messages> {
  return language === 'nl' ? nl : (await import('./messages-en.ts')).en;
}

/** Fills "{name}" placeholders; a missing value stays visible rather than vanishing. */
export function translate<K extends string>(
  messages: Record<K, string>,
  key: K,
  values: Record<string, string> = {},
): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const I18nContext = createContext<I18n>({
  language: 'nl',
  setLanguage: () => undefined,
  t: (key, values) => translate(nl, key, values),
});

/** Dutch until the device's stored choice is read; the choice is kept per device. */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [current, setCurrent] = useState<{ language: UiLanguage; messages: Messages }>({
    language: 'nl',
    messages: nl,
  });

  const switchTo = useCallback(async (language: UiLanguage) => {
    const messages = await loadMessages(language);
    setCurrent({ language, messages });
  }, []);

  useEffect(() => {
    void loadLanguage().then((stored) => stored && switchTo(stored));
  }, [switchTo]);

  useEffect(() => {
    document.documentElement.lang = current.language;
  }, [current.language]);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      void switchTo(next);
      void saveLanguage(next);
    },
    [switchTo],
  );

  const value = useMemo<I18n>(
    () => ({
      language: current.language,
      setLanguage,
      t: (key, values) => translate(current.messages, key, values),
    }),
    [current, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
