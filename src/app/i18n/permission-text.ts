import type { PermissionReason } from '../../shared/permissions/write-permission.ts';
import { useI18n } from './i18n.tsx';

/**
 * The one place where a permission reason (src/shared/permissions) becomes words: why a
 * record is read-only on this screen, and why the server refused a change. Each is a clause
 * that completes "Je kunt dit lezen, maar niet wijzigen: …" and "… geweigerd: …".
 */
const NL: Record<PermissionReason, string> = {
  'no-field-role': 'alleen gebiedsverbinders voegen gegevens toe of wijzigen ze',
  'outside-your-kernen': 'je werkt niet in deze kern',
  'fixed-field': 'wie iets maakte en wanneer, ligt vast',
  'teamlead-fields-only': 'als teamleider wijzig je alleen de status en de gebiedsverbinder',
  'assignee-not-in-kern': 'die persoon werkt niet in deze kern',
  'not-yours-to-hand-on':
    'je neemt alleen een initiatief zonder gebiedsverbinder, of je geeft je eigen initiatief door',
  'not-concerned': 'alleen de betrokkenen of een teamleider kiezen hier',
  'made-by-server': 'dit maakt alleen de server',
  'teamlead-review-only':
    'als teamleider maak je alleen een opmerking bij één bezoek of initiatief',
  'not-the-responsible-connector':
    'een opmerking gaat naar de gebiedsverbinder van het bezoek of initiatief',
};

const EN: Record<PermissionReason, string> = {
  'no-field-role': 'only area connectors add or change records',
  'outside-your-kernen': 'you do not work in this kern',
  'fixed-field': 'who made something and when is fixed',
  'teamlead-fields-only': 'as a team lead you change only the status and the area connector',
  'assignee-not-in-kern': 'that person does not work in this kern',
  'not-yours-to-hand-on': 'you only take an initiative nobody handles, or hand on one of your own',
  'not-concerned': 'only the people concerned or a team lead choose here',
  'made-by-server': 'only the server makes this',
  'teamlead-review-only': 'as a team lead you only leave a note on one visit or initiative',
  'not-the-responsible-connector': 'a note goes to the connector of the visit or initiative',
};

const READ_ONLY = {
  nl: 'Je kunt dit lezen, maar niet wijzigen: {reason}.',
  en: 'You can read this, but not change it: {reason}.',
};

const CANNOT_CREATE = {
  nl: 'Je kunt hier niets vastleggen: {reason}.',
  en: 'You cannot record anything here: {reason}.',
};

export function usePermissionText() {
  const { language } = useI18n();
  const words = language === 'en' ? EN : NL;
  return {
    /** The reason as a clause. */
    reasonText: (reason: PermissionReason) => words[reason],
    /** The sentence under a record that this account may read but not change. */
    readOnlyText: (reason: PermissionReason) =>
      READ_ONLY[language === 'en' ? 'en' : 'nl'].replace('{reason}', words[reason]),
    /** In place of a "new …" form this account could not save in any kern. */
    cannotCreateText: (reason: PermissionReason) =>
      CANNOT_CREATE[language === 'en' ? 'en' : 'nl'].replace('{reason}', words[reason]),
  };
}
