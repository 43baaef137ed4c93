import { municipalToday } from '../../shared/dates/municipal-today.ts';
import { SATISFACTION_STATUSES, type IdeaStatusView } from '../../shared/ideas/idea-status.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import { isFinal } from '../../shared/records/initiative-status.ts';
import type { IdeaSubmissionRecord, Store } from '../store/store.ts';
import { UNKNOWN_KERN_ID } from '../../shared/ideas/form-author.ts';

/**
 * The status page's contents, built field by field from the initiative: its title, the
 * steps with their dates, the contact's first name and kern, the date to hear back by, the
 * feedback entries marked for the resident and their own messages. Nothing else of the
 * record (no notes, no other people, no internal reasons) ever reaches the page.
 */
export async function ideaStatusView(
  store: Store,
  submission: IdeaSubmissionRecord,
  mailConfigured: boolean,
): Promise<IdeaStatusView | null> {
  const mailsUpdates = mailConfigured && submission.email !== '';
  if (submission.state === 'duplicate') {
    const today = municipalToday(submission.receivedAt);
    return {
      title: '',
      state: 'duplicate',
      steps: [{ status: 'ingediend', date: today }],
      contact: null,
      kern: null,
      hearBackBy: today,
      feedback: [],
      messages: [],
      asksSatisfaction: false,
      satisfaction: null,
      mailsUpdates,
    };
  }
  if (submission.state !== 'received' || submission.initiativeId === null) return null;
  const row = await store.sync.findRecord('initiatives', submission.initiativeId);
  if (!row || row.deleted) return null;
  const initiative = row.data as Initiative;
  const kern =
    initiative.kernId === UNKNOWN_KERN_ID
      ? null
      : ((await store.reference.findKern(initiative.kernId))?.name ?? null);
  const connector = initiative.assignedConnectorId
    ? await store.users.findById(initiative.assignedConnectorId)
    : undefined;
  const finished = SATISFACTION_STATUSES.includes(initiative.status);
  return {
    title: initiative.title,
    state:
      initiative.status === 'ingetrokken'
        ? 'withdrawn'
        : isFinal(initiative.status)
          ? 'finished'
          : 'open',
    steps: initiative.statusHistory.map((change) => ({
      status: change.to,
      date: municipalToday(change.at),
    })),
    contact: connector
      ? { firstName: connector.displayName.trim().split(/\s+/)[0] ?? '', kern }
      : null,
    kern,
    hearBackBy: initiative.feedbackDeadline,
    feedback: initiative.feedbackLog
      .filter((entry) => entry.visibleToResident)
      .map((entry) => ({ date: entry.date, summary: entry.summary })),
    messages: (initiative.residentMessages ?? []).map((message) => ({
      date: municipalToday(message.at),
      text: message.text,
    })),
    asksSatisfaction: finished && !initiative.residentSatisfaction,
    satisfaction: initiative.residentSatisfaction
      ? { score: initiative.residentSatisfaction.score }
      : null,
    mailsUpdates,
  };
}
