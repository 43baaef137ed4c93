import type { FieldProblem } from '../../db/repositories/record-errors.ts';
import { addDays, addMonths, isCivilDate } from '../../shared/dates/civil-date.ts';
import type { VisitChannel } from './visit-options.ts';

/** The due-date quick picks of a follow-up; "date" means the one typed in `dueDate`. */
export const DUE_PICKS = ['week', 'twoWeeks', 'month', 'date'] as const;
export type DuePick = (typeof DUE_PICKS)[number];

export interface FollowUpDraft {
  what: string;
  due: DuePick;
  /** Only used when `due` is "date". */
  dueDate: string;
}

/** Everything the new-visit form holds; saved as a draft on every change. */
export interface VisitFormState {
  /** '' while the connector has not chosen a day: the visit is today's, whenever it is saved. */
  date: string;
  kernId: string;
  channel: VisitChannel;
  personIds: string[];
  newPeople: { name: string }[];
  organisationIds: string[];
  topics: string;
  notes: string;
  /** Never empty: one follow-up row is always there to type in; an empty one is not saved. */
  followUps: FollowUpDraft[];
  initiativeIds: string[];
}

export function emptyFollowUp(): FollowUpDraft {
  return { what: '', due: 'week', dueDate: '' };
}

export function emptyVisitForm(kernId: string): VisitFormState {
  return {
    date: '',
    kernId,
    channel: 'bezoek',
    personIds: [],
    newPeople: [],
    organisationIds: [],
    topics: '',
    notes: '',
    followUps: [emptyFollowUp()],
    initiativeIds: [],
  };
}

/**
 * A stored draft as this version of the form reads it: drafts written before the quick picks
 * had `{ what, dueDate }` follow-ups (kept as a chosen date) and could have none.
 */
export function restoreVisitForm(stored: VisitFormState): VisitFormState {
  const followUps = (stored.followUps as Partial<FollowUpDraft>[]).map((followUp) => ({
    what: followUp.what ?? '',
    due: followUp.due ?? 'date',
    dueDate: followUp.dueDate ?? '',
  }));
  return { ...stored, followUps: followUps.length ? followUps : [emptyFollowUp()] };
}

/** The due date a follow-up's pick means, counted from `today`; '' when none is typed. */
export function dueDateOf(followUp: FollowUpDraft, today: string): string {
  switch (followUp.due) {
    case 'week':
      return addDays(today, 7);
    case 'twoWeeks':
      return addDays(today, 14);
    case 'month':
      return addMonths(today, 1);
    case 'date':
      return followUp.dueDate;
  }
}

/** The follow-ups to save: those with something to do. */
export function followUpsToSave(form: VisitFormState, today: string) {
  return form.followUps
    .filter((followUp) => followUp.what.trim() !== '')
    .map((followUp) => ({ what: followUp.what, dueDate: dueDateOf(followUp, today) }));
}

/**
 * What the form can tell before it tries to save, so that it says it in words next to the
 * field: a visit records something, is not in the future, and a follow-up has a real date.
 * The repository checks the same (and more) again.
 */
export function visitFormProblems(form: VisitFormState, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (form.date !== '' && !isCivilDate(form.date)) {
    problems.push({ path: 'date', reason: 'invalid-date' });
  } else if (form.date > today) {
    problems.push({ path: 'date', reason: 'in-the-future' });
  }
  const somebody = form.personIds.length + form.newPeople.length + form.organisationIds.length;
  if (somebody === 0 && form.notes.trim() === '') {
    problems.push({ path: 'notes', reason: 'visit-empty' });
  }
  form.followUps.forEach((followUp, index) => {
    if (followUp.what.trim() === '' || followUp.due !== 'date') return;
    if (!isCivilDate(followUp.dueDate)) {
      problems.push({ path: `followUps.${index}.dueDate`, reason: 'invalid-date' });
    }
  });
  return problems;
}

/** "speeltuin, Verkeer ,  " → ["speeltuin", "verkeer"]: the schema lower-cases and trims too. */
export function splitTopics(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((topic) => topic.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
