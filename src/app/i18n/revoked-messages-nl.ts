/** The words of the revoked-device screen (loaded with it, not with the first screen). */
export const revokedNl = {
  'revoked.title': 'Dit apparaat is afgemeld',
  'revoked.intro':
    'Dit apparaat is afgemeld door de beheerder ({time}). Je kunt hier niet meer mee werken.',
  'revoked.unsent':
    'Er staan nog {count} wijzigingen op dit apparaat die niet verstuurd zijn. Ze blijven staan tot jij kiest wat ermee gebeurt.',
  'revoked.unsentOne':
    'Er staat nog 1 wijziging op dit apparaat die niet verstuurd is. Die blijft staan tot jij kiest wat ermee gebeurt.',
  'revoked.exportTitle': 'Bewaar de wijzigingen als bestand',
  'revoked.exportHint': 'Je krijgt een bestand met alle wijzigingen die nog niet verstuurd zijn.',
  'revoked.export': 'Niet-verzonden wijzigingen exporteren',
  'revoked.exported': 'Het bestand is gemaakt.',
  'revoked.deliverTitle': 'Stuur de wijzigingen naar de beheerder',
  'revoked.deliverHint':
    'De beheerder bekijkt ze en neemt ze over of gooit ze weg. Dit kan één keer, binnen 14 dagen na het afmelden.',
  'revoked.deliver': 'Verstuur ter controle',
  'revoked.delivered': 'Verstuurd. De beheerder bekijkt de wijzigingen.',
  'revoked.wipeTitle': 'Wis dit apparaat',
  'revoked.wipeAnyway': 'Wis toch: ik weet dat {count} wijzigingen dan verloren gaan',
  'revoked.wipeAnywayOne': 'Wis toch: ik weet dat 1 wijziging dan verloren gaat',
  'revoked.wipe': 'Wis dit apparaat',
  'revoked.failure.deliveryRefused':
    'De server neemt de wijzigingen van dit apparaat niet aan. Exporteer ze als bestand.',
  'revoked.failure.deliveryExpired':
    'Versturen kan niet meer: het afmelden is langer dan 14 dagen geleden. Exporteer de wijzigingen als bestand.',
  'revoked.failure.alreadyDelivered': 'Deze wijzigingen zijn al verstuurd.',
  'revoked.failure.tooMuchToDeliver':
    'Dit zijn te veel wijzigingen om te versturen. Exporteer ze als bestand.',
} as const;
export type RevokedMessageKey = keyof typeof revokedNl;
