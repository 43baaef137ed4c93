import type { PushedTable } from '../sync-protocol/sync-tables.ts';
import { doesFieldWork, leadsTeam, type Account } from './account.ts';
import { recordKernen, type KernOf } from './record-kernen.ts';
import { isFixedField } from './server-fields.ts';

/**
 * Who may write what: the one permission model. The server applies it to every pushed
 * mutation; the app asks it before it offers a form, a button or a kern. Pure: it decides
 * from the account (as the session knows it), the stored record and the record as the change
 * would leave it — never from what a device says about who wrote something or where it
 * belongs. The rules (README, "Accounts and sessions"):
 * - a gebiedsverbinder creates and changes records only in their own kernen; moving a record
 *   to another kern needs both kernen. Being a record's author gives no write access;
 * - a teamleider moves initiatives through the status machine and assigns them, in every kern;
 *   and leaves a review note on a visit or an initiative as a new follow-up action for the
 *   connector responsible for it (the visit's author, the initiative's connector) — only
 *   that: one link, that assignee, not yet done;
 * - a connector takes an unassigned initiative of their kern or hands their own to a colleague
 *   who works there; whoever is assigned (an initiative or an action) works in its kern;
 * - an action that follows up nothing is its assignee's own to-do;
 * - nobody patches a record's id, creation time, author, registration date or deadline;
 * - a conflict is resolved by the two people concerned or a teamleider;
 * - a beheerder without a field role writes no records.
 */

export const PERMISSION_REASONS = [
  /** The account holds no role that writes records (a beheerder manages lists and accounts). */
  'no-field-role',
  /** The record, before or after the change, lies in a kern the account does not work in. */
  'outside-your-kernen',
  /** Set once when the record was made: id, creation time, author, registration, deadline. */
  'fixed-field',
  /** A teamleider changes an initiative's status and its connector, nothing else. */
  'teamlead-fields-only',
  /** The one assigned must work in the record's kern. */
  'assignee-not-in-kern',
  /** A connector takes an unassigned initiative, or hands on one assigned to them. */
  'not-yours-to-hand-on',
  /** A conflict is resolved by the people concerned or a teamleider. */
  'not-concerned',
  /** Conflicts are made by the server, never pushed as new. */
  'made-by-server',
  /** A teamleider's action is a review note on one visit or initiative, not yet done. */
  'teamlead-review-only',
  /** A teamleider's review note goes to the connector responsible for the record. */
  'not-the-responsible-connector',
] as const;
export type PermissionReason = (typeof PERMISSION_REASONS)[number];

type Data = Readonly<Record<string, unknown>>;

export interface WriteChange {
  table: PushedTable;
  /** The record as stored; undefined when the change creates it. */
  before: Data | undefined;
  /** The record as the change would leave it (with the server's attribution set). */
  after: Data;
  /** The fields the change names (for a create: every field). */
  fields: readonly string[];
}

/** What the model may look up beyond the account and the record. */
export interface WriteFacts {
  /** The kern of a linked visit or initiative (an action's kern). */
  kernOf: KernOf;
  /** Does this user work in this kern as a gebiedsverbinder (an active account)? */
  worksIn: (userId: string, kernId: string) => boolean;
  /**
   * Who is responsible for a linked visit (its author) or initiative (its connector; null:
   * nobody yet). Without it, no teamleider's review note is allowed.
   */
  responsibleFor?: (table: 'visits' | 'initiatives', id: string) => string | null | undefined;
}

export interface Refusal {
  /** The field refused; null: the change as a whole. */
  field: string | null;
  reason: PermissionReason;
}

/** What a teamleider may change on an initiative: who handles it and where it stands. */
const TEAMLEAD_INITIATIVE_FIELDS: ReadonlySet<string> = new Set([
  'assignedConnectorId',
  'status',
  'statusHistory',
  'updatedAt',
]);

/** Every reason this change is refused; an empty list: it is allowed. */
export function refusalsOf(account: Account, change: WriteChange, facts: WriteFacts): Refusal[] {
  const { table, before } = change;
  if (table === 'conflicts') return conflictRefusals(account, before);
  const fixed = before
    ? change.fields
        .filter((field) => isFixedField(table, field))
        .map((field): Refusal => ({ field, reason: 'fixed-field' }))
    : [];
  if (doesFieldWork(account) && inKernScope(account, change, facts.kernOf)) {
    return [...fixed, ...assignmentRefusals(account, change, facts)];
  }
  if (leadsTeam(account) && table === 'actions' && !before) {
    return reviewNoteRefusals(change.after, facts);
  }
  if (leadsTeam(account) && table === 'initiatives' && before) {
    const outsideRole = change.fields
      .filter((field) => !TEAMLEAD_INITIATIVE_FIELDS.has(field))
      .map((field): Refusal => ({ field, reason: 'teamlead-fields-only' }));
    return [...fixed, ...outsideRole, ...assignmentRefusals(account, change, facts)];
  }
  const reason = doesFieldWork(account) ? 'outside-your-kernen' : 'no-field-role';
  return [...fixed, { field: null, reason }];
}

/**
 * A teamleider's review note: a new action that follows up exactly one visit or initiative,
 * assigned to the connector responsible for it, who still works in its kern, and not done.
 * Anything else a teamleider might want to put in an action is refused.
 */
function reviewNoteRefusals(after: Data, facts: WriteFacts): Refusal[] {
  const visitId = typeof after['visitId'] === 'string' ? after['visitId'] : null;
  const initiativeId = typeof after['initiativeId'] === 'string' ? after['initiativeId'] : null;
  const link: ['visits' | 'initiatives', string] | null =
    visitId !== null && initiativeId === null
      ? ['visits', visitId]
      : initiativeId !== null && visitId === null
        ? ['initiatives', initiativeId]
        : null;
  if (!link) return [{ field: null, reason: 'teamlead-review-only' }];
  if (after['done'] === true || (after['doneOn'] ?? null) !== null) {
    return [{ field: 'done', reason: 'teamlead-review-only' }];
  }
  const kernId = facts.kernOf(...link);
  const responsible = facts.responsibleFor?.(...link);
  const assignee = after['assigneeId'];
  if (
    kernId === undefined ||
    typeof responsible !== 'string' ||
    assignee !== responsible ||
    !facts.worksIn(responsible, kernId)
  ) {
    return [{ field: 'assigneeId', reason: 'not-the-responsible-connector' }];
  }
  return [];
}

function conflictRefusals(account: Account, before: Data | undefined): Refusal[] {
  if (!before) return [{ field: null, reason: 'made-by-server' }];
  const concerned = before['keptById'] === account.id || before['overruledById'] === account.id;
  return concerned || leadsTeam(account) ? [] : [{ field: null, reason: 'not-concerned' }];
}

/**
 * The record is the connector's to change: it lies in one of their kernen before or after,
 * and every kern it enters or leaves is theirs. An action that follows up nothing belongs to
 * no kern: it is the to-do of the one it is assigned to, and only theirs.
 */
function inKernScope(account: Account, change: WriteChange, kernOf: KernOf): boolean {
  const { table, before, after } = change;
  const was = before ? recordKernen(table, before, kernOf) : [];
  const is = recordKernen(table, after, kernOf);
  if (table === 'actions' && was.length === 0 && is.length === 0) {
    return after['assigneeId'] === account.id && (!before || before['assigneeId'] === account.id);
  }
  const mine = (kernId: string) => account.kernIds.includes(kernId);
  const moved = [...was.filter((id) => !is.includes(id)), ...is.filter((id) => !was.includes(id))];
  return [...was, ...is].some(mine) && moved.every(mine);
}

/**
 * Whoever is newly assigned works in the record's kern. A connector who is no teamleider
 * takes an unassigned initiative for themselves, or hands on one assigned to them; whoever
 * registers one names any connector of its kern, or nobody yet.
 */
function assignmentRefusals(account: Account, change: WriteChange, facts: WriteFacts): Refusal[] {
  const { table, before, after } = change;
  const field =
    table === 'initiatives' ? 'assignedConnectorId' : table === 'actions' ? 'assigneeId' : null;
  if (!field) return [];
  const wanted = after[field] ?? null;
  const had = before ? (before[field] ?? null) : null;
  if (wanted === had) return [];
  if (table === 'initiatives' && before && !leadsTeam(account)) {
    const takes = had === null && wanted === account.id;
    const handsOn = had === account.id && wanted !== null;
    if (!takes && !handsOn) return [{ field, reason: 'not-yours-to-hand-on' }];
  }
  if (wanted === null) return [];
  const kernen = recordKernen(table, after, facts.kernOf);
  const works =
    typeof wanted === 'string' &&
    (kernen.length === 0
      ? wanted === account.id
      : kernen.some((kernId) => facts.worksIn(wanted, kernId)));
  return works ? [] : [{ field, reason: 'assignee-not-in-kern' }];
}
