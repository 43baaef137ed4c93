import type { InitiativeStatus } from '../records/initiative-status.ts';

/**
 * What the status page shows, and nothing more: no other person's data, no internal notes.
 * The server builds it (idea-status-view.ts); the page keeps the last one it fetched.
 */
export interface IdeaStatusView {
  title: string;
  /** 'duplicate': the same text came in earlier the same day and is handled once. */
  state: 'open' | 'finished' | 'withdrawn' | 'duplicate';
  /** The steps reached, oldest first, each with its civil date (yyyy-mm-dd). */
  steps: { status: InitiativeStatus; date: string }[];
  /** Null while nobody is assigned yet. */
  contact: { firstName: string; kern: string | null } | null;
  /** The kern chosen, null for "weet ik niet". */
  kern: string | null;
  /** By when they will hear back. */
  hearBackBy: string;
  /** Feedback entries the connector marked "zichtbaar voor de inwoner". */
  feedback: { date: string; summary: string }[];
  /** What the resident sent from this page. */
  messages: { date: string; text: string }[];
  /** The page may ask how satisfied they are (finished and not answered yet). */
  asksSatisfaction: boolean;
  satisfaction: { score: number } | null;
  /** Whether e-mail is configured and an address was given: else "save this code". */
  mailsUpdates: boolean;
}

/** The statuses that end the process for the resident and open the satisfaction question. */
export const SATISFACTION_STATUSES: readonly InitiativeStatus[] = [
  'afgerond',
  'niet ondersteund',
  'doorverwezen',
];
