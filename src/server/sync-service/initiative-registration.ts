import { isCivilDate } from '../../shared/dates/civil-date.ts';
import { feedbackDeadline, type FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import { isInTheFuture } from '../../shared/dates/not-in-future.ts';
import { withCheckedStatus } from './initiative-status-rules.ts';
import { Rejected } from './rejected.ts';

type Data = Record<string, unknown>;

const isEntry = (value: unknown): value is Data => typeof value === 'object' && value !== null;

/**
 * A created initiative obeys the status machine as an edit does: it starts at `ingediend`,
 * with a first history entry the server writes (keeping the device's id for it, so the
 * device recognises its own entry), and any later step the device sent along goes through
 * the machine. The registration date may lie earlier (an idea received before it was typed),
 * never in the future; the feedback deadline is counted from it with the term in force now.
 * A device cannot make up the resident's fields (messages, photos, satisfaction): they start empty.
 * `data` already carries the server's attribution (attribution.ts).
 */
export function registeredInitiative(
  data: Data,
  userId: string,
  now: number,
  term: () => FeedbackTerm,
): Data {
  const sent = Array.isArray(data['statusHistory']) ? data['statusHistory'].filter(isEntry) : [];
  const [first, ...later] = sent;
  const start: Data = {
    ...(typeof first?.['id'] === 'string' ? { id: first['id'] } : {}),
    from: null,
    to: 'ingediend',
    at: typeof first?.['at'] === 'number' ? first['at'] : now,
    by: userId,
    reason: '',
  };
  // What the resident wrote through the idea form is the server's to write (server-fields.ts).
  const registered = {
    ...data,
    status: 'ingediend',
    statusHistory: [start],
    residentMessages: [],
    residentPhotoIds: [],
    residentSatisfaction: null,
  };
  const steps = withCheckedStatus(registered, { statusHistory: [start, ...later] });
  const registeredOn = data['registeredOn'];
  if (typeof registeredOn !== 'string' || !isCivilDate(registeredOn)) return registered;
  if (isInTheFuture(registeredOn, now)) {
    throw new Rejected('invalid', 'registeredOn: in-the-future');
  }
  return { ...registered, ...steps, feedbackDeadline: feedbackDeadline(registeredOn, term()) };
}
