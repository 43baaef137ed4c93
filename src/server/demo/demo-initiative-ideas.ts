/**
 * Ideas residents bring in, as the demo's initiatives: invented, but of the kind the
 * municipal papers describe (leefbaarheid, culturele ontwikkeling, ruimtelijke kwaliteit).
 */
export interface InitiativeIdea {
  title: string;
  description: string;
  theme: string;
  needsPermit?: boolean;
  /** Uitdaagrecht: the municipal task the residents want to take over. */
  challengedTask?: string;
}

export const INITIATIVE_IDEAS: readonly InitiativeIdea[] = [
  {
    title: 'Jeu-de-boulesbaan bij het dorpshuis',
    description:
      'Een groep senioren wil een baan aanleggen naast het dorpshuis, om elkaar vaker te zien en te bewegen.',
    theme: 'leefbaarheid',
    needsPermit: true,
  },
  {
    title: 'Speeltuin vernieuwen',
    description:
      'De toestellen in de speeltuin zijn oud. Ouders willen samen met de kinderen een nieuw plan maken en zelf geld inzamelen.',
    theme: 'leefbaarheid',
  },
  {
    title: 'Dorpsommetje met bankjes',
    description:
      'Een wandelroute van vijf kilometer rond het dorp, met bankjes om uit te rusten en een kaartje bij de bakker.',
    theme: 'ruimtelijke kwaliteit',
  },
  {
    title: 'Buurtmoestuin achter de school',
    description:
      'Buurtbewoners en leerlingen willen samen groente kweken op het braakliggende stuk grond achter de school.',
    theme: 'leefbaarheid',
  },
  {
    title: 'Kerstmarkt op het kerkplein',
    description:
      'Verenigingen en ondernemers organiseren samen een kerstmarkt met koor, kraampjes en glühwein.',
    theme: 'culturele ontwikkeling',
  },
  {
    title: 'Ontmoetingsplek voor jongeren',
    description:
      'Jongeren van 14 tot 18 jaar missen een plek om af te spreken. Ze willen een overkapping bij het sportveld.',
    theme: 'leefbaarheid',
    needsPermit: true,
  },
  {
    title: 'Bloemenlint langs de invalsweg',
    description:
      'Bewoners willen de bermen langs de invalsweg inzaaien met inheemse bloemen voor bijen en vlinders.',
    theme: 'ruimtelijke kwaliteit',
  },
  {
    title: 'Samen eten in het dorpshuis',
    description:
      'Eens per maand een maaltijd voor alleenstaande ouderen, gekookt door vrijwilligers. Tegen eenzaamheid.',
    theme: 'leefbaarheid',
  },
  {
    title: 'Zonnepanelen op het dak van de sporthal',
    description:
      'Een energiecoöperatie in oprichting wil het dak van de sporthal huren voor zonnepanelen.',
    theme: 'ruimtelijke kwaliteit',
    needsPermit: true,
  },
  {
    title: 'Beweegtuin voor senioren',
    description: 'Toestellen om buiten te bewegen, bij de zorgwoningen, met een wekelijkse les.',
    theme: 'leefbaarheid',
  },
  {
    title: 'Historische wandelroute met informatiebordjes',
    description:
      'De oudheidkundige vereniging wil bij tien plekken een bordje met een oude foto en het verhaal erachter.',
    theme: 'culturele ontwikkeling',
  },
  {
    title: 'IJsbaan weer in gebruik nemen',
    description:
      'De oude ijsbaan ligt er al jaren verlaten bij. Een groep vrijwilligers wil hem opknappen en onderhouden.',
    theme: 'leefbaarheid',
  },
  {
    title: 'Veilige schoolroute',
    description:
      'Ouders maken zich zorgen over hard rijdend verkeer bij de school en vragen om drempels.',
    theme: 'verkeer',
  },
  {
    title: 'Repair Café in het dorpshuis',
    description:
      'Elke eerste zaterdag van de maand repareren vrijwilligers kapotte spullen samen met de eigenaar.',
    theme: 'leefbaarheid',
  },
  {
    title: 'Openluchtbioscoop in de zomer',
    description: 'Drie filmavonden op het dorpsplein, met een groot scherm en een foodtruck.',
    theme: 'culturele ontwikkeling',
  },
  {
    title: 'Natuurspeelplaats bij het bos',
    description:
      'Een speelplek met boomstammen, zand en water, aangelegd door ouders met hulp van de boswachter.',
    theme: 'ruimtelijke kwaliteit',
    needsPermit: true,
  },
  {
    title: 'Onderhoud van het plantsoen zelf doen',
    description:
      'De buurt wil het onderhoud van het plantsoen overnemen en het budget daarvoor zelf beheren.',
    theme: 'ruimtelijke kwaliteit',
    challengedTask: 'onderhoud openbaar groen in het plantsoen',
  },
  {
    title: 'Beheer van de sportvelden door de vereniging',
    description:
      'De sportvereniging wil het maaien en onderhoud van de velden overnemen van de gemeente.',
    theme: 'leefbaarheid',
    challengedTask: 'maaien en onderhoud sportvelden',
  },
  {
    title: 'Dorpsfeest honderd jaar',
    description:
      'Het dorp bestaat honderd jaar. Een feestweek met optocht, tentoonstelling en spelen.',
    theme: 'culturele ontwikkeling',
  },
  {
    title: 'Tiny forest bij de school',
    description: 'Een klein, dicht bos op een grasveld, geplant door leerlingen en buurtbewoners.',
    theme: 'ruimtelijke kwaliteit',
  },
  {
    title: 'Buurtbus naar het station',
    description:
      'Ouderen zonder auto komen moeilijk bij het station. Vrijwilligers willen een buurtbus laten rijden.',
    theme: 'verkeer',
  },
  {
    title: 'Verlichting op het fietspad',
    description:
      'Het fietspad naar de middelbare school is in de winter aardedonker. Bewoners vragen om lantaarns.',
    theme: 'verkeer',
  },
  {
    title: 'Jeugdsoos opknappen',
    description:
      'De schuur waarin de jeugdsoos zit lekt. Jongeren willen hem zelf opknappen met hulp van een aannemer.',
    theme: 'leefbaarheid',
  },
  {
    title: 'AED-netwerk in het buitengebied',
    description:
      'Op de boerderijen ver van het dorp is geen AED in de buurt. Bewoners willen drie kasten plaatsen en burgerhulpverleners opleiden.',
    theme: 'leefbaarheid',
  },
  {
    title: 'Muziek in de kiosk',
    description: 'Zondagmiddagconcerten in de kiosk met muziekverenigingen uit de gemeente.',
    theme: 'culturele ontwikkeling',
  },
  {
    title: 'Hondenuitlaatveld',
    description: 'Hondenbezitters vragen een omheind veld waar honden los mogen lopen.',
    theme: 'ruimtelijke kwaliteit',
  },
  {
    title: 'Dorpskrant en nieuwsbrief',
    description:
      'Een paar bewoners willen vier keer per jaar een dorpskrant maken, op papier en per e-mail.',
    theme: 'culturele ontwikkeling',
  },
  {
    title: 'Opknappen van het oorlogsmonument',
    description:
      'Leerlingen van groep 8 adopteren het monument en willen het samen met de oranjevereniging opknappen.',
    theme: 'culturele ontwikkeling',
  },
];
