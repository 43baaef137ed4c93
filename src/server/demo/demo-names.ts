import type { SeededRandom } from './random.ts';

/**
 * Invented people for the demo: common Dutch first names and surnames of the region, combined
 * at random. Any match with a real person is chance; no real personal data is used.
 */
const FIRST_NAMES = [
  'Anja',
  'Bert',
  'Carla',
  'Dirk',
  'Els',
  'Frank',
  'Gerda',
  'Henk',
  'Ineke',
  'Jan',
  'Karin',
  'Lucas',
  'Marieke',
  'Niels',
  'Olga',
  'Peter',
  'Riet',
  'Sjoerd',
  'Tineke',
  'Wim',
  'Annemiek',
  'Bas',
  'Corine',
  'Erik',
  'Femke',
  'Gert',
  'Hanneke',
  'Jeroen',
  'Lotte',
  'Martijn',
  'Nienke',
  'Roel',
  'Sanne',
  'Thijs',
  'Wilma',
  'Jolanda',
  'Harm',
  'Gerrit',
  'Aaltje',
  'Egbert',
] as const;

const SURNAMES = [
  'Jansen',
  'Kamphuis',
  'Ter Haar',
  'Wolterink',
  'Nijland',
  'Veldkamp',
  'Koster',
  'Slotman',
  'Schuurman',
  'Lubberding',
  'Brinkhuis',
  'Hesselink',
  'Stegink',
  'Van der Veen',
  'Bosman',
  'Oosterhof',
  'Klein Haar',
  'Mulder',
  'Dijkstra',
  'Ten Brinke',
  'Hulsman',
  'Meijerink',
  'Heetkamp',
  'Bouwhuis',
  'Van Dam',
  'Smit',
  'Post',
  'Ruiterkamp',
  'Scholten',
  'Vos',
] as const;

export interface DemoName {
  full: string;
  /** For an invented e-mail address. */
  mailbox: string;
}

/** The words that start a Dutch surname without being part of its sorted name. */
const TUSSENVOEGSEL = /^((?:(?:van|de|der|den|ter|ten|te|het|'t|in|op|aan|uit)\s+)+)/i;

/**
 * A full name as Dutch writes it: after a first name the tussenvoegsel is in lower case
 * ("Erik ter Haar", "Jan van der Veen"); alone the surname keeps its capital ("Ter Haar").
 */
export function fullName(first: string, surname: string): string {
  return `${first} ${surname.replace(TUSSENVOEGSEL, (words) => words.toLowerCase())}`;
}

export function demoPersonName(rng: SeededRandom): DemoName {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  const mailbox = `${first}.${last}`.toLowerCase().replace(/\s+/g, '');
  return { full: fullName(first, last), mailbox };
}

/**
 * Addresses under the reserved `.example` domain (RFC 2606) and phone numbers in the 06-0
 * range, which is not issued: nothing in the demo reaches a real inbox or phone.
 */
export function demoEmail(mailbox: string): string {
  return `${mailbox}@mail.example`;
}

export function demoPhone(rng: SeededRandom): string {
  return `06 0${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
