/**
 * What went wrong, in words (loaded with the screens that send requests, not with the first
 * screen: Vandaag never waits for the network).
 */
export const failureNl = {
  'failure.general': 'Er ging iets mis. Probeer het opnieuw.',
  'failure.network': 'Geen verbinding met de server. Probeer het opnieuw als je internet hebt.',
  'failure.badAnswer':
    'De server gaf een vreemd antwoord. Misschien moet je eerst inloggen op het wifi-netwerk.',
  'failure.invalidCredentials': 'Het e-mailadres of het wachtwoord klopt niet.',
  'failure.rateLimited': 'Te veel pogingen. Wacht een kwartier en probeer het dan opnieuw.',
  'failure.storageUnavailable': 'De server kan nu niets opslaan. Probeer het later opnieuw.',
  'failure.invalidSetupLink': 'Deze link werkt niet (meer). Vraag de beheerder om een nieuwe link.',
  'failure.forbidden': 'Je hebt geen toegang tot dit onderdeel.',
  'failure.conflict': 'Dit bestaat al, of het kan nu niet. Controleer wat je hebt ingevuld.',
  'failure.kernCycle':
    'Een kern kan niet bij zichzelf horen, ook niet via een andere kern. Kies een ander dorp.',
  'failure.invalidBody': 'Niet alles is goed ingevuld. Controleer de velden.',
  'failure.sessionEnded': 'Je sessie is verlopen. Log opnieuw in.',
  'failure.sessionRevoked': 'Je bent op dit apparaat uitgelogd door een beheerder.',
} as const;

export type FailureMessageKey = keyof typeof failureNl;
