import type { VisitChannel } from './visit-options.ts';

/** Everything the new-visit form holds; saved as a draft on every change. */
export interface VisitFormState {
  date: string;
  kernId: string;
  channel: VisitChannel;
  personIds: string[];
  newPeople: { name: string }[];
  organisationIds: string[];
  topics: string;
  notes: string;
  followUps: { what: string; dueDate: string }[];
  initiativeIds: string[];
}

export function emptyVisitForm(today: string, kernId: string): VisitFormState {
  return {
    date: today,
    kernId,
    channel: 'bezoek',
    personIds: [],
    newPeople: [],
    organisationIds: [],
    topics: '',
    notes: '',
    followUps: [],
    initiativeIds: [],
  };
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
