import { addDays, type CivilDate } from '../../shared/dates/civil-date.ts';
import type { Kern } from '../../shared/reference-data.ts';
import type { Organisation } from '../../shared/records/organisation.ts';
import type { Membership, Person } from '../../shared/records/person.ts';
import { instantOn, type DemoContext } from './demo-context.ts';
import { demoEmail, demoPersonName, demoPhone, slug } from './demo-names.ts';

/**
 * The organisations of the demo: every village has its Plaatselijk Belang (Dalfsen's was
 * dissolved on 31 December 2022, DOMAIN.md), clubs, a school, a church; a buurtschap has a
 * buurtvereniging, Ankum its own Plaatselijk Belang. Names are invented or generic.
 */
interface OrganisationTemplate {
  name: (kern: string) => string;
  kind: string;
  /** Village organisations only, or also in buurtschappen. */
  where: 'dorp' | 'buurtschap';
  notes?: string;
}

const TEMPLATES: readonly OrganisationTemplate[] = [
  {
    name: (kern) => `Plaatselijk Belang ${kern}`,
    kind: 'Plaatselijk Belang',
    where: 'dorp',
    notes: 'Vergadert elke tweede dinsdag van de maand in het dorpshuis.',
  },
  { name: (kern) => `Oranjevereniging ${kern}`, kind: 'Vereniging', where: 'dorp' },
  { name: (kern) => `Sportvereniging ${kern}`, kind: 'Vereniging', where: 'dorp' },
  {
    name: (kern) => `Stichting Dorpshuis ${kern}`,
    kind: 'Stichting',
    where: 'dorp',
    notes: 'Beheert het dorpshuis met vrijwilligers; zaalverhuur via de beheerder.',
  },
  { name: () => 'Kindcentrum De Zonnewijzer', kind: 'School', where: 'dorp' },
  { name: (kern) => `Protestantse Gemeente ${kern}`, kind: 'Kerk', where: 'dorp' },
  { name: (kern) => `Zorgcoöperatie ${kern}`, kind: 'Zorg en welzijn', where: 'dorp' },
  { name: (kern) => `Ondernemersvereniging ${kern}`, kind: 'Ondernemer', where: 'dorp' },
  { name: (kern) => `Seniorenvereniging ${kern}`, kind: 'Vereniging', where: 'dorp' },
  { name: (kern) => `Buurtvereniging ${kern}`, kind: 'Vereniging', where: 'buurtschap' },
];

/** Plaatselijk Belang Dalfsen (the village) was dissolved on this day. */
const PB_DALFSEN_DISSOLVED: CivilDate = '2022-12-31';
/** A buurtschap with a Plaatselijk Belang of its own (DOMAIN.md). */
const BUURTSCHAP_WITH_PB = 'Ankum';

const BOARD_ROLES = ['voorzitter', 'secretaris', 'penningmeester'] as const;

export interface DemoOrganisations {
  organisations: Organisation[];
  people: Person[];
}

export function generateOrganisations(ctx: DemoContext): DemoOrganisations {
  const organisations: Organisation[] = [];
  const people: Person[] = [];
  for (const kern of ctx.kernen) {
    for (const template of templatesFor(kern)) {
      const organisation = makeOrganisation(ctx, kern, template);
      organisations.push(organisation);
      people.push(...makeBoard(ctx, kern, organisation, template.kind));
    }
  }
  return { organisations, people };
}

function templatesFor(kern: Kern): OrganisationTemplate[] {
  if (kern.kind === 'dorp') return TEMPLATES.filter((t) => t.where === 'dorp');
  const own = TEMPLATES.filter((t) => t.where === 'buurtschap');
  const pb = TEMPLATES[0];
  return kern.name === BUURTSCHAP_WITH_PB && pb ? [pb, ...own] : own;
}

function makeOrganisation(
  ctx: DemoContext,
  kern: Kern,
  template: OrganisationTemplate,
): Organisation {
  const name = template.name(kern.name);
  const dissolved = template.kind === 'Plaatselijk Belang' && kern.name === 'Dalfsen';
  const createdAt = instantOn(addDays(ctx.today, -ctx.rng.int(740, 800)), 9, ctx.rng);
  const domain = `${slug(name)}.example`;
  return {
    id: ctx.rng.id(createdAt),
    createdAt,
    updatedAt: createdAt,
    deleted: false,
    name,
    kindId: ctx.kindId(template.kind),
    kernIds: [kern.id],
    address: '',
    email: dissolved ? '' : `info@${domain}`,
    phone: '',
    website: dissolved || !ctx.rng.chance(0.5) ? '' : `https://www.${domain}/`,
    status: dissolved ? 'opgeheven' : 'actief',
    endDate: dissolved ? PB_DALFSEN_DISSOLVED : null,
    notes: dissolved
      ? 'Opgeheven per 31 december 2022. Contact loopt nu via losse buurtverenigingen en het dorpshuis.'
      : (template.notes ?? ''),
  };
}

/**
 * A board for each organisation, and for Plaatselijke Belangen an earlier voorzitter whose
 * term ended: boards change, and the history stays readable.
 */
function makeBoard(
  ctx: DemoContext,
  kern: Kern,
  organisation: Organisation,
  kind: string,
): Person[] {
  const isPb = kind === 'Plaatselijk Belang';
  const roles: Membership['role'][] = isPb
    ? [...BOARD_ROLES, 'bestuurslid']
    : ctx.rng.chance(0.5)
      ? ['voorzitter', 'secretaris']
      : ['contactpersoon'];
  const people = roles.map((role) => {
    const endDate = organisation.endDate;
    const startDate = addDays(endDate ?? ctx.today, -ctx.rng.int(400, 3000));
    return makePerson(
      ctx,
      kern,
      [{ organisationId: organisation.id, role, startDate, endDate }],
      isPb ? 'bestuurslid Plaatselijk Belang' : 'contactpersoon organisatie',
    );
  });
  if (isPb && organisation.status === 'actief') {
    const endDate = addDays(ctx.today, -ctx.rng.int(200, 500));
    const startDate = addDays(endDate, -ctx.rng.int(1500, 3000));
    people.push(
      makePerson(
        ctx,
        kern,
        [
          { organisationId: organisation.id, role: 'voorzitter', startDate, endDate },
          { organisationId: organisation.id, role: 'lid', startDate: endDate, endDate: null },
        ],
        'oud-voorzitter, nu lid Plaatselijk Belang',
      ),
    );
  }
  return people;
}

export function makePerson(
  ctx: DemoContext,
  kern: Kern,
  memberships: Membership[],
  dataBasis: string,
): Person {
  const name = demoPersonName(ctx.rng);
  const createdAt = instantOn(addDays(ctx.today, -ctx.rng.int(700, 740)), 10, ctx.rng);
  return {
    id: ctx.rng.id(createdAt),
    createdAt,
    updatedAt: createdAt,
    deleted: false,
    name: name.full,
    kernId: kern.id,
    phone: ctx.rng.chance(0.7) ? demoPhone(ctx.rng) : '',
    email: ctx.rng.chance(0.8) ? demoEmail(name.mailbox) : '',
    memberships,
    dataBasis,
  };
}
