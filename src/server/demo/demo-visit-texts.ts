import type { Visit } from '../../shared/records/visit.ts';
import type { SeededRandom } from './random.ts';

/**
 * What the demo's conversations were about: topics (stored in lower case, as the app does)
 * with a sentence or two a connector might write about each. Invented, in plain Dutch.
 */
export const TOPIC_NOTES: Readonly<Record<string, readonly string[]>> = {
  verkeersveiligheid: [
    'Zorgen over de snelheid op de doorgaande weg, vooral bij de school.',
    'Bewoners willen een snelheidsmeting; ik vraag dat na bij team Verkeer.',
  ],
  woningbouw: [
    'Jonge mensen vinden geen huis in het dorp en trekken weg. Vraag naar de plannen voor nieuwbouw.',
    'Het PB wil meepraten over het woningbouwplan aan de rand van het dorp.',
  ],
  dorpshuis: [
    'Het dorpshuis zoekt nieuwe vrijwilligers voor de bar en het beheer.',
    'De verwarming van het dorpshuis is aan vervanging toe; ze denken aan een warmtepomp.',
  ],
  eenzaamheid: [
    'Er wonen steeds meer ouderen alleen. De kerk en de zorgcoöperatie willen samen iets opzetten.',
    'Gesproken over een belrondje voor ouderen die weinig bezoek krijgen.',
  ],
  jongeren: [
    'Jongeren missen een plek in het dorp. Ze willen zelf iets organiseren als ze ruimte krijgen.',
    'De jeugdsoos draait goed, maar het bestuur vergrijst.',
  ],
  'openbaar groen': [
    'Klachten over het maaien van de bermen; uitgelegd wanneer er gemaaid wordt.',
    'Bewoners willen zelf een stuk plantsoen onderhouden.',
  ],
  evenementen: [
    'Voorbereiding van het dorpsfeest: vergunning, verkeersregelaars en afval.',
    'De oranjevereniging vraagt hoe het zit met de evenementenvergunning.',
  ],
  duurzaamheid: [
    'Plannen voor een energiecoöperatie in het dorp; ze zoeken daken voor zonnepanelen.',
    'Vraag of de gemeente meedenkt over isolatie van het dorpshuis.',
  ],
  noaberfonds: [
    'Uitgelegd hoe een aanvraag bij het Noaberfonds werkt en wat er in het projectplan moet.',
    'Samen de begroting voor de aanvraag doorgelopen.',
  ],
  zorg: [
    'De zorgcoöperatie merkt dat mantelzorgers het zwaar hebben.',
    'Gesproken over de dagbesteding in het dorpshuis.',
  ],
  voorzieningen: [
    'De pinautomaat verdwijnt; het PB vraagt wat de gemeente kan doen.',
    'Zorgen over de toekomst van de basisschool: het aantal leerlingen daalt.',
  ],
  schouw: [
    'Met het PB de jaarlijkse schouw gelopen: losse stoeptegels, een kapotte lantaarn, overhangend groen.',
    'Punten van de schouw doorgegeven aan team Openbare Ruimte.',
  ],
  sport: [
    'De sportvereniging wil de kantine verduurzamen en zoekt subsidie.',
    'Ledenaantal groeit; er is te weinig veldcapaciteit op doordeweekse avonden.',
  ],
};

export const TOPICS = Object.keys(TOPIC_NOTES);

const OPENERS: Record<Visit['channel'], readonly string[]> = {
  bezoek: ['Op bezoek geweest.', 'Langs geweest voor een kop koffie.', 'Afspraak op locatie.'],
  telefoon: ['Telefonisch contact.', 'Teruggebeld na een bericht.'],
  'pb-vergadering': ['Bestuursvergadering van het Plaatselijk Belang bijgewoond.'],
  inloopspreekuur: ['Inloopspreekuur in het dorpshuis.', 'Spreekuur in de bibliotheek.'],
  'e-mail': ['Mailwisseling.', 'Vraag per e-mail binnengekomen.'],
  overig: ['Kort gesproken op straat.', 'Gesprek na afloop van een bijeenkomst.'],
};

const CLOSERS = [
  'Afgesproken dat ik over twee weken terugkom.',
  'Ik houd ze op de hoogte.',
  'Volgende keer verder met het bestuur erbij.',
  'Goede sfeer, veel energie in het dorp.',
  '',
] as const;

export function visitNote(rng: SeededRandom, channel: Visit['channel'], topics: string[]): string {
  const lines = [rng.pick(OPENERS[channel])];
  for (const topic of topics) lines.push(rng.pick(TOPIC_NOTES[topic] ?? ['']));
  lines.push(rng.pick(CLOSERS));
  return lines.filter((line) => line !== '').join(' ');
}

export const FOLLOW_UPS = [
  'Navragen bij team Verkeer of er een snelheidsmeting kan komen',
  'Contactgegevens van de energiecoöperatie doorsturen',
  'Terugbellen over de evenementenvergunning',
  'Informatie over het Noaberfonds mailen',
  'Punten van de schouw doorzetten naar Openbare Ruimte',
  'Afspraak maken met het bestuur van het dorpshuis',
  'Welzijnsorganisatie vragen aan te sluiten bij het volgende overleg',
  'Plannen woningbouw opvragen bij team Ruimte',
  'Verslag van het gesprek sturen',
  'Uitzoeken wie eigenaar is van het stuk grond',
] as const;
