import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { loadLanguage, saveLanguage } from '../../db/device-settings.ts';
import type { UiLanguage } from '../../shared/dutch-format.ts';
import { en } from './messages-en.ts';
import { nl, type MessageKey } from './messages-nl.ts';

const MESSAGES: Record<UiLanguage, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

interface I18n {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
  t: Translate;
}

/** Fills "{name}" placeholders; a missing value stays visible rather than vanishing. */
export function translate(
  language: UiLanguage,
  key: MessageKey,
  values: Record<string, string> = {},
): string {
  return MESSAGES[language][key].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => values[name] ?? whole,
  );
}

const I18nContext = createContext<I18n>({
  language: 'nl',
  setLanguage: () => undefined,
  t: (key, values) => translate('nl', key, values),
});

/** Dutch until the device's stored choice is read; the choice is kept per device. */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguageState] = useState<UiLanguage>('nl');

  useEffect(() => {
    void loadLanguage().then((stored) => stored && setLanguageState(stored));
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: UiLanguage) => {
    setLanguageState(next);
    void saveLanguage(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => translate(language, key, values) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
