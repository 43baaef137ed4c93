import type { InitiativeStatus } from '../../../shared/records/initiative-status.ts';

/** What the mails need to know: where the status page is, and who sends. */
export interface MailSettings {
  /** The app's public address (PUBLIC_URL), for the link to the status page. */
  publicUrl: string;
  /** The From address (SMTP_FROM). */
  from: string;
}

type Language = 'nl' | 'en';

export interface Mail {
  recipient: string;
  subject: string;
  body: string;
}

const statusLink = (settings: MailSettings, code: string) =>
  `${settings.publicUrl.replace(/\/$/, '')}/idee/${code}`;

/** The mail with the code and link, right after the idea came in. */
export function submissionMail(
  settings: MailSettings,
  idea: { email: string; code: string; title: string; language: Language },
): Mail {
  const link = statusLink(settings, idea.code);
  if (idea.language === 'en') {
    return {
      recipient: idea.email,
      subject: `We received your idea: ${idea.title}`,
      body: [
        `Thank you for your idea "${idea.title}".`,
        '',
        `Your code: ${idea.code}`,
        `See where it stands: ${link}`,
        '',
        'An area connector of the municipality will contact you.',
      ].join('\n'),
    };
  }
  return {
    recipient: idea.email,
    subject: `We hebben je idee ontvangen: ${idea.title}`,
    body: [
      `Bedankt voor je idee "${idea.title}".`,
      '',
      `Je code: ${idea.code}`,
      `Hier zie je hoe het ervoor staat: ${link}`,
      '',
      'Een gebiedsverbinder van de gemeente neemt contact met je op.',
    ].join('\n'),
  };
}

const STATUS_WORDS: Record<Language, Partial<Record<InitiativeStatus, string>>> = {
  nl: {
    'in gesprek': 'we zijn met je idee in gesprek',
    'in behandeling': 'je idee is in behandeling',
    ondersteund: 'de gemeente ondersteunt je idee',
    doorverwezen: 'je idee is doorverwezen',
    'niet ondersteund': 'de gemeente ondersteunt je idee niet',
    'in uitvoering': 'je idee wordt uitgevoerd',
    afgerond: 'je idee is afgerond',
    ingetrokken: 'je idee is ingetrokken',
    gepauzeerd: 'je idee staat even stil',
  },
  en: {
    'in gesprek': 'we are discussing your idea',
    'in behandeling': 'your idea is being dealt with',
    ondersteund: 'the municipality supports your idea',
    doorverwezen: 'your idea was referred elsewhere',
    'niet ondersteund': 'the municipality does not support your idea',
    'in uitvoering': 'your idea is being carried out',
    afgerond: 'your idea is finished',
    ingetrokken: 'your idea was withdrawn',
    gepauzeerd: 'your idea is on hold',
  },
};

/**
 * A short note that there is news: a new status, or feedback shared with the resident. The
 * code is not in it (the server keeps only its hash, and a forwarded mail should not open
 * the page): the resident has it from the first mail or the form.
 */
export function newsMail(
  settings: MailSettings,
  to: { email: string; language: Language; title: string },
  news: { status: InitiativeStatus | null; shared: boolean },
): Mail {
  const url = `${settings.publicUrl.replace(/\/$/, '')}/idee`;
  const words = news.status ? STATUS_WORDS[to.language][news.status] : undefined;
  if (to.language === 'en') {
    return {
      recipient: to.email,
      subject: `News about your idea: ${to.title}`,
      body: [
        words ? `Where it stands: ${words}.` : '',
        news.shared ? 'Your area connector shared a message with you.' : '',
        '',
        `Open the link from our first e-mail, or enter your code at ${url}`,
      ]
        .filter((line, i) => line !== '' || i === 2)
        .join('\n'),
    };
  }
  return {
    recipient: to.email,
    subject: `Nieuws over je idee: ${to.title}`,
    body: [
      words ? `Zo staat het ervoor: ${words}.` : '',
      news.shared ? 'Je gebiedsverbinder heeft een bericht voor je.' : '',
      '',
      `Open de link uit onze eerste e-mail, of vul je code in op ${url}`,
    ]
      .filter((line, i) => line !== '' || i === 2)
      .join('\n'),
  };
}
