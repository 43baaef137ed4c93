import type { UiLanguage } from '../../shared/dutch-format.ts';
import { Screen } from '../components/Screen.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The accessibility statement Dutch government apps must publish at /toegankelijkheid. The
 * formal statement (with its audit) is registered by the municipality; this page says what
 * the app aims for and how to report a problem.
 */
const STATEMENT: Record<UiLanguage, string[]> = {
  nl: [
    'Noaber moet voor iedereen bruikbaar zijn. Ook als je niet goed ziet, geen muis gebruikt of een schermlezer gebruikt.',
    'Wij bouwen Noaber volgens de regels van WCAG 2.1, niveau AA. Dat is de wettelijke eis voor software van de overheid.',
    'Alle knoppen en velden hebben een naam. Je kunt alles met het toetsenbord bedienen. De app werkt op een scherm van 320 pixels breed.',
    'Noaber is nog in ontwikkeling en is nog niet door een onafhankelijke partij onderzocht.',
    'Loop je ergens tegenaan? Laat het de gemeente weten. Dan lossen we het zo snel mogelijk op.',
  ],
  en: [
    'Noaber must be usable by everyone, including people with low vision, people who do not use a mouse and people who use a screen reader.',
    'We build Noaber to WCAG 2.1 level AA, the legal requirement for government software in the Netherlands.',
    'Every button and field has a name. Everything works with a keyboard. The app works on a screen 320 pixels wide.',
    'Noaber is still being developed and has not yet been audited by an independent party.',
    'Did you run into a problem? Please tell the municipality, and we will fix it as soon as we can.',
  ],
};

export default function AccessibilityScreen() {
  const { t, language } = useI18n();
  return (
    <Screen title={t('accessibility.title')}>
      {STATEMENT[language].map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </Screen>
  );
}
