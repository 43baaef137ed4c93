import type { IdeaFieldReason } from '../shared/ideas/idea-schema.ts';

/**
 * The words of the resident's pages, Dutch (B1, "je") and English, in one small file: this
 * page has its own entry point and loads nothing of the field app's catalogues.
 */
const nl = {
  formTitle: 'Heb je een idee voor je dorp?',
  formIntro:
    'Vertel het ons. Een gebiedsverbinder van de gemeente neemt contact met je op. Je hebt geen account nodig.',
  other: 'English',
  kern: 'In welk dorp of welke buurtschap?',
  kernUnknown: 'Weet ik niet',
  choose: 'Kies…',
  title: 'Je idee in een paar woorden',
  titleHint: 'Bijvoorbeeld: een bankje bij de brink',
  description: 'Vertel meer over je idee',
  help: 'Waar wil je hulp bij?',
  helpHint: 'Je mag meer dan één kiezen.',
  helpKinds: {
    meedenken: 'Meedenken',
    contacten: 'Contacten',
    ruimte: 'Ruimte of vergunning',
    geld: 'Geld uit het Noaberfonds',
    anders: 'Anders',
  },
  helpOther: 'Welke hulp?',
  involved: 'Wie doen er mee?',
  involvedKinds: { alleen: 'Alleen ik', buren: 'Samen met buren', vereniging: 'Een vereniging' },
  name: 'Je naam',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  contactHint: 'Vul minstens één van de twee in.',
  photos: "Foto's (niet verplicht, hoogstens 2)",
  photosHint: 'We maken ze kleiner en halen de locatie en andere gegevens eruit.',
  privacyTitle: 'Wat doen we met je gegevens?',
  privacy:
    'We bewaren je naam, je contactgegevens en je idee om je idee te behandelen en je te laten weten hoe het ervoor staat. Alleen de gebiedsverbinders en hun teamleider zien ze. We bewaren ze zo lang als de gemeente voorschrijft voor inwonersinitiatieven en wissen ze daarna.',
  consent: 'Ik ga akkoord dat de gemeente mijn gegevens hiervoor gebruikt.',
  website: 'Laat dit veld leeg',
  send: 'Idee versturen',
  fixFirst: 'Verbeter eerst wat hieronder staat.',
  reasons: {
    required: 'Vul dit in.',
    'too-long': 'Dit is te lang.',
    invalid: 'Dit klopt niet.',
    'invalid-email': 'Dit is geen e-mailadres.',
    'invalid-phone': 'Dit is geen telefoonnummer.',
    'contact-required': 'Vul een e-mailadres of telefoonnummer in.',
    'consent-required': 'Zet hier een vinkje om je idee te kunnen versturen.',
    'too-many-photos': "Kies hoogstens 2 foto's.",
    'photo-too-large': 'Deze foto is te groot.',
  } satisfies Record<IdeaFieldReason, string>,
  photoFailed: 'Deze foto kunnen we niet gebruiken.',
  thanks: 'Bedankt voor je idee!',
  yourCode: 'Je code',
  sent: 'Verstuurd.',
  waiting: 'Wordt verstuurd zodra je weer verbinding hebt. Je kunt deze pagina gewoon sluiten.',
  saveCode:
    'Bewaar deze code en de link goed, bijvoorbeeld met een schermafbeelding. Daarmee zie je later hoe het met je idee gaat.',
  mailCode: 'We sturen je de code en de link ook per e-mail.',
  statusLink: 'Bekijk hoe het met je idee gaat',
  anotherIdea: 'Nog een idee versturen',
  statusTitle: 'Hoe gaat het met je idee?',
  lookupLabel: 'Je code',
  lookup: 'Bekijken',
  unknownCode:
    'We kennen deze code niet. Kijk of je hem goed hebt overgenomen. Stuurde je je idee net zonder verbinding? Dan komt het zodra je telefoon weer verbinding heeft.',
  tooMany: 'Je hebt het te vaak geprobeerd. Probeer het over een paar minuten opnieuw.',
  offlineState: 'Je hebt nu geen verbinding. Dit is hoe het ervoor stond op',
  steps: 'Stappen',
  stepNames: {
    ingediend: 'Ontvangen',
    'in gesprek': 'In gesprek',
    'in behandeling': 'In behandeling',
    ondersteund: 'De gemeente helpt mee',
    doorverwezen: 'Doorverwezen',
    'niet ondersteund': 'De gemeente helpt niet mee',
    'in uitvoering': 'Wordt uitgevoerd',
    afgerond: 'Afgerond',
    ingetrokken: 'Ingetrokken',
    gepauzeerd: 'Staat even stil',
  },
  contact: 'Je contactpersoon',
  connectorOf: 'gebiedsverbinder van',
  noContactYet: 'We zoeken een gebiedsverbinder voor je. De teamleider regelt dat.',
  hearBack: 'Je hoort uiterlijk op',
  news: 'Berichten voor jou',
  yourMessages: 'Jouw berichten',
  duplicate: 'Dit idee hadden we eerder vandaag al ontvangen. We behandelen het één keer.',
  message: 'Stuur een kort bericht',
  sendMessage: 'Bericht versturen',
  messageSent: 'Je bericht is verstuurd.',
  withdraw: 'Idee intrekken',
  withdrawReason: 'Waarom trek je je idee in? (niet verplicht)',
  withdrawConfirm: 'Ja, trek mijn idee in',
  withdrawn: 'Je hebt je idee ingetrokken.',
  satisfaction: 'Hoe tevreden ben je over hoe de gemeente met je idee is omgegaan?',
  scores: ['1 – Helemaal niet tevreden', '2', '3', '4', '5 – Heel tevreden'],
  comment: 'Wil je nog iets zeggen? (niet verplicht)',
  sendAnswer: 'Antwoord versturen',
  thanksAnswer: 'Bedankt voor je antwoord.',
  failed: 'Dat lukte niet. Probeer het later nog eens.',
  offlineAction: 'Je hebt nu geen verbinding. Probeer het later nog eens.',
};
export type IdeeText = typeof nl;

const en: IdeeText = {
  formTitle: 'Do you have an idea for your village?',
  formIntro:
    'Tell us. An area connector of the municipality will contact you. You do not need an account.',
  other: 'Nederlands',
  kern: 'In which village or hamlet?',
  kernUnknown: "I don't know",
  choose: 'Choose…',
  title: 'Your idea in a few words',
  titleHint: 'For example: a bench on the village green',
  description: 'Tell us more about your idea',
  help: 'What would you like help with?',
  helpHint: 'You may choose more than one.',
  helpKinds: {
    meedenken: 'Thinking along',
    contacten: 'Contacts',
    ruimte: 'Space or a permit',
    geld: 'Money from the Noaberfonds',
    anders: 'Something else',
  },
  helpOther: 'What help?',
  involved: 'Who is involved?',
  involvedKinds: { alleen: 'Just me', buren: 'With neighbours', vereniging: 'An association' },
  name: 'Your name',
  email: 'E-mail address',
  phone: 'Phone number',
  contactHint: 'Fill in at least one of the two.',
  photos: 'Photos (optional, at most 2)',
  photosHint: 'We make them smaller and remove the location and other data.',
  privacyTitle: 'What do we do with your data?',
  privacy:
    'We keep your name, your contact details and your idea to deal with your idea and to tell you where it stands. Only the area connectors and their team lead see them. We keep them as long as the municipality prescribes for residents’ initiatives and erase them after that.',
  consent: 'I agree that the municipality uses my data for this.',
  website: 'Leave this field empty',
  send: 'Send idea',
  fixFirst: 'Please correct what is shown below first.',
  reasons: {
    required: 'Please fill this in.',
    'too-long': 'This is too long.',
    invalid: 'This is not right.',
    'invalid-email': 'This is not an e-mail address.',
    'invalid-phone': 'This is not a phone number.',
    'contact-required': 'Fill in an e-mail address or a phone number.',
    'consent-required': 'Tick this box to send your idea.',
    'too-many-photos': 'Choose at most 2 photos.',
    'photo-too-large': 'This photo is too large.',
  },
  photoFailed: 'We cannot use this photo.',
  thanks: 'Thank you for your idea!',
  yourCode: 'Your code',
  sent: 'Sent.',
  waiting: 'Will be sent as soon as you are online again. You can close this page.',
  saveCode:
    'Keep this code and the link safe, for example with a screenshot. With it you can see later where your idea stands.',
  mailCode: 'We also send you the code and the link by e-mail.',
  statusLink: 'See where your idea stands',
  anotherIdea: 'Send another idea',
  statusTitle: 'Where does your idea stand?',
  lookupLabel: 'Your code',
  lookup: 'Look up',
  unknownCode:
    'We do not know this code. Check that you copied it correctly. Did you just send your idea without a connection? Then it arrives once your phone is online again.',
  tooMany: 'You tried too often. Please try again in a few minutes.',
  offlineState: 'You are offline. This is where it stood on',
  steps: 'Steps',
  stepNames: {
    ingediend: 'Received',
    'in gesprek': 'In conversation',
    'in behandeling': 'Being dealt with',
    ondersteund: 'The municipality supports it',
    doorverwezen: 'Referred elsewhere',
    'niet ondersteund': 'The municipality does not support it',
    'in uitvoering': 'Being carried out',
    afgerond: 'Finished',
    ingetrokken: 'Withdrawn',
    gepauzeerd: 'On hold',
  },
  contact: 'Your contact',
  connectorOf: 'area connector of',
  noContactYet: 'We are finding an area connector for you. The team lead arranges this.',
  hearBack: 'You will hear from us by',
  news: 'Messages for you',
  yourMessages: 'Your messages',
  duplicate: 'We already received this idea earlier today. We deal with it once.',
  message: 'Send a short message',
  sendMessage: 'Send message',
  messageSent: 'Your message was sent.',
  withdraw: 'Withdraw idea',
  withdrawReason: 'Why do you withdraw your idea? (optional)',
  withdrawConfirm: 'Yes, withdraw my idea',
  withdrawn: 'You withdrew your idea.',
  satisfaction: 'How satisfied are you with how the municipality dealt with your idea?',
  scores: ['1 – Not satisfied at all', '2', '3', '4', '5 – Very satisfied'],
  comment: 'Anything else you want to say? (optional)',
  sendAnswer: 'Send answer',
  thanksAnswer: 'Thank you for your answer.',
  failed: 'That did not work. Please try again later.',
  offlineAction: 'You are offline. Please try again later.',
};

export type IdeeLanguage = 'nl' | 'en';
const LANGUAGE_KEY = 'noaber-idee-lang';

/** Dutch first (the municipality's language); English when the person chose it on this phone. */
export function chosenLanguage(): IdeeLanguage {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl';
}

export function setLanguage(language: IdeeLanguage): void {
  localStorage.setItem(LANGUAGE_KEY, language);
}

export const TEXT: Record<IdeeLanguage, IdeeText> = { nl, en };

/** "21 november 2025" (a civil date, no time zone shift). */
export function longDate(date: string, language: IdeeLanguage): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}
