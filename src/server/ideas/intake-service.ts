import { feedbackDeadline } from '../../shared/dates/feedback-deadline.ts';
import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { formatCivilDate } from '../../shared/dutch-format.ts';
import {
  FORM_AUTHOR_ID,
  UNKNOWN_KERN_ID,
  UNKNOWN_KERN_NAME,
} from '../../shared/ideas/form-author.ts';
import {
  MIN_FILL_MS,
  UNKNOWN_KERN,
  type IdeaHelpKind,
  type IdeaSubmission,
} from '../../shared/ideas/idea-schema.ts';
import { newId } from '../../shared/ids.ts';
import type { SUPPORT_KINDS } from '../../shared/records/initiative.ts';
import { hasRole } from '../../shared/roles.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { Store } from '../store/store.ts';
import { putFormRecords } from './form-records.ts';
import { codeHash, textHash } from './idea-hashes.ts';
import { type MailSettings, submissionMail } from './mail/idea-mails.ts';
import { photoType } from './photo-check.ts';

const DAY = 24 * 60 * 60 * 1000;

/** What the phone learns: its submission is in (or was already), and how it will hear back. */
export interface IntakeAnswer {
  received: true;
  /** The resident gets status mails (SMTP set and an address given); else: save the code. */
  mailsUpdates: boolean;
}

/** The form's help choices as the initiative's support kinds ("anders" goes in the text). */
const SUPPORT_OF: Record<IdeaHelpKind, (typeof SUPPORT_KINDS)[number] | null> = {
  meedenken: 'advies',
  contacten: 'netwerk',
  ruimte: 'ruimte-vergunning',
  geld: 'noaberfonds',
  anders: null,
};

const INVOLVED_TEXT = {
  alleen: 'Het idee is van de inwoner alleen.',
  buren: 'De inwoner doet het samen met buren.',
  vereniging: 'Er doet een vereniging mee.',
} as const;

/**
 * Takes in a resident's idea (the form at /idee). Safe to send again: the phone's id makes a
 * resend change nothing. What a bot sends (the hidden field filled, sent faster than a
 * person types) and the same text twice within a day are answered like any submission —
 * a bot learns nothing — but create no initiative. Otherwise, in one transaction: a person
 * (the resident), an initiative `ingediend` in the chosen kern registered by the form, its
 * photos, the submission row with the code's hash, and the mail with the code.
 */
export async function takeInIdea(
  store: Store,
  idea: IdeaSubmission,
  now: number,
  mail: MailSettings | null,
): Promise<IntakeAnswer> {
  const mailsUpdates = mail !== null && idea.email !== '';
  const answer: IntakeAnswer = { received: true, mailsUpdates };
  if (idea.website !== '' || idea.fillMs < MIN_FILL_MS) return answer;
  const photos = idea.photos.map((photo) => {
    const bytes = new Uint8Array(Buffer.from(photo.data, 'base64'));
    const type = photoType(bytes);
    if (type === null || type !== photo.type) {
      throw new ApiFailure(
        400,
        'invalid-body',
        'photos: not a JPEG, PNG or WebP photo of at most 1 MB',
      );
    }
    return { id: newId(now), type, bytes };
  });
  return store.transaction(async () => {
    const known = await store.ideas.findSubmission(idea.id);
    if (known) return answer;
    const hash = codeHash(idea.code);
    if (await store.ideas.findByCodeHash(hash)) {
      // Another submission has this code (made on another phone): practically never happens.
      throw new ApiFailure(409, 'conflict', 'code: in use, make a new one');
    }
    const text = textHash(idea.title, idea.description);
    const base = {
      id: idea.id,
      codeHash: hash,
      textHash: text,
      email: idea.email,
      language: idea.language,
      receivedAt: now,
      notifiedStatus: 'ingediend',
      notifiedShared: 0,
    };
    if (await store.ideas.textSeenSince(text, now - DAY)) {
      await store.ideas.insertSubmission({
        ...base,
        state: 'duplicate',
        initiativeId: null,
        personId: null,
      });
      return answer;
    }
    const kernId = await kernFor(store, idea.kern);
    const today = municipalToday(now);
    const connectorId = await onlyConnectorOf(store, kernId);
    const personId = newId(now);
    const initiativeId = newId(now);
    const meta = { createdAt: now, updatedAt: now, deleted: false };
    const person = {
      id: personId,
      ...meta,
      name: idea.name,
      kernId,
      phone: idea.phone,
      email: idea.email,
      memberships: [],
      dataBasis: `zelf aangemeld, toestemming gegeven op ${formatCivilDate(today, 'nl')}`,
    };
    const support = [...new Set(idea.help.map((kind) => SUPPORT_OF[kind]))].filter(
      (kind) => kind !== null,
    );
    const extra = [
      INVOLVED_TEXT[idea.involved],
      idea.help.includes('anders') && idea.helpOther ? `Gevraagde hulp: ${idea.helpOther}` : '',
    ].filter(Boolean);
    const initiative = {
      id: initiativeId,
      ...meta,
      title: idea.title,
      description: [idea.description, '', ...extra].join('\n').slice(0, 10_000),
      kernId,
      type: 'initiatief',
      challengedTask: '',
      theme: '',
      initiatorPersonId: personId,
      assignedConnectorId: connectorId,
      registeredOn: today,
      support,
      noaberfonds: null,
      needsPermit: false,
      neighboursNote: '',
      status: 'ingediend',
      statusHistory: [
        { id: newId(now), from: null, to: 'ingediend', at: now, by: FORM_AUTHOR_ID, reason: '' },
      ],
      registeredById: FORM_AUTHOR_ID,
      feedbackDeadline: feedbackDeadline(today, await store.reference.feedbackTerm()),
      feedbackLog: [],
      residentMessages: [],
      residentPhotoIds: photos.map((photo) => photo.id),
      residentSatisfaction: null,
    };
    await putFormRecords(store, [
      { table: 'people', record: person },
      { table: 'initiatives', record: initiative },
    ]);
    for (const photo of photos) {
      await store.ideas.insertPhoto({ ...photo, initiativeId, createdAt: now });
    }
    await store.ideas.insertSubmission({ ...base, state: 'received', initiativeId, personId });
    if (mail && idea.email !== '') {
      await store.mailOutbox.enqueue(submissionMail(mail, idea), now);
    }
    return answer;
  });
}

/**
 * The kern the idea goes to: the chosen one if it exists and is active; "weet ik niet" goes
 * to the reserved kern (form-author.ts), made the first time it is needed.
 */
async function kernFor(store: Store, chosen: string): Promise<string> {
  if (chosen !== UNKNOWN_KERN) {
    const kern = await store.reference.findKern(chosen);
    if (!kern?.active) throw new ApiFailure(400, 'invalid-body', 'kern: no such kern');
    return kern.id;
  }
  if (!(await store.reference.findKern(UNKNOWN_KERN_ID))) {
    await store.reference.insertKern({
      id: UNKNOWN_KERN_ID,
      name: UNKNOWN_KERN_NAME,
      kind: 'buitengebied',
      parentId: null,
      active: false,
    });
  }
  return UNKNOWN_KERN_ID;
}

/** The connector of the kern when exactly one works there; otherwise the teamleider assigns. */
export async function onlyConnectorOf(store: Store, kernId: string): Promise<string | null> {
  const connectors = (await store.users.list()).filter(
    (user) =>
      user.status !== 'deactivated' &&
      hasRole(user.roles, 'gebiedsverbinder') &&
      user.kernIds.includes(kernId),
  );
  return connectors.length === 1 ? (connectors[0]?.id ?? null) : null;
}
