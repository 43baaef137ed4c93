import type { UserStatus } from '../../shared/auth-api.ts';
import type { FeedbackTerm } from '../../shared/dates/feedback-deadline.ts';
import type { Kern, KernKind, OrganisationKind } from '../../shared/reference-data.ts';
import type { Role } from '../../shared/roles.ts';
import type { PulledTable } from '../../shared/sync-protocol/sync-tables.ts';

/**
 * What the server's domain code needs from storage, whatever the engine: SQLite (one file,
 * no set-up) or PostgreSQL (several processes, many municipalities). Every call answers
 * with a Promise, since PostgreSQL answers over the network. Times are milliseconds since
 * the epoch. Secrets (passwords, tokens) arrive here only as hashes. Nothing engine-specific
 * leaves an implementation: storage failures arrive as StorageUnavailableError, a duplicate
 * key as DuplicateKeyError.
 */
export interface Store {
  /** Which engine holds the data (GET /api/health reports it). */
  readonly engine: StoreEngine;
  /** Number of schema migrations applied. */
  readonly schemaVersion: number;
  /**
   * Random id of the server's history, made when the database was created. A restored
   * backup holds the epoch it had; when a device proves that the server went back in time,
   * startNewEpoch() replaces it, and every device that synced before starts over. Read from
   * the database each time: another process may have started a new epoch.
   */
  serverEpoch(): Promise<string>;
  /**
   * Starts a new server history: a new epoch, and the seq up to which the old history is the
   * same as the new one (restoredAtSeq). The epoch it replaces, and `alsoEnded` (the epoch of
   * a later history a device came from), become known former epochs. Call inside a
   * transaction.
   */
  startNewEpoch(alsoEnded?: string): Promise<void>;
  /**
   * This process started a new epoch already. A restore needs a restart (the data is copied
   * back while the server is stopped), so a second proof in one run is no restore.
   */
  readonly newEpochSinceOpened: boolean;
  /** Was `epoch` this server's before (a device of it starts over without more ado)? */
  knowsFormerEpoch(epoch: string): Promise<boolean>;
  /**
   * The last seq the database held when this server process opened it: after a restore
   * (which needs a restart), the last change the backup holds.
   */
  readonly openedAtSeq: number;
  /**
   * Up to which seq the current history is the one before the last restore (seqs above it
   * were handed out again); 0 when no restore was detected.
   */
  restoredAtSeq(): Promise<number>;
  readonly users: Async<UserRepository>;
  readonly setupLinks: Async<SetupLinkRepository>;
  readonly sessions: Async<SessionRepository>;
  readonly loginThrottle: Async<LoginThrottleRepository>;
  readonly reference: Async<ReferenceRepository>;
  readonly audit: Async<AuditRepository>;
  readonly sync: Async<SyncRepository>;
  readonly clientDevices: Async<ClientDeviceRepository>;
  readonly rateWindows: Async<RateWindowRepository>;
  readonly quarantine: Async<QuarantineRepository>;
  readonly ideas: Async<IdeaRepository>;
  readonly mailOutbox: Async<MailOutboxRepository>;
  readonly privacy: Async<PrivacyRepository>;
  /**
   * Runs `work` all-or-nothing: a throw rolls back every write made inside it. Every store
   * call made while `work` runs (in its async context) belongs to the transaction; a
   * transaction inside another is a savepoint of it.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Null while the storage takes writes; otherwise why the last write failed, as long as no
   * write has succeeded since (GET /api/health reports it).
   */
  storageFailure(): Promise<StorageFailure | null>;
  close(): Promise<void>;
}

export type StoreEngine = 'sqlite' | 'postgresql';

/**
 * A repository as the domain code calls it: the same methods, each answering with a
 * Promise. The repositories below describe each one's methods once; an engine that answers
 * at once (SQLite) implements them as written, one that answers over the network
 * (PostgreSQL) implements Async<…> of them.
 */
export type Async<Repository> = {
  [Method in keyof Repository]: Repository[Method] extends (...args: infer Args) => infer Result
    ? (...args: Args) => Promise<Result>
    : Repository[Method];
};

/**
 * Thrown by a store when an insert or update would give two rows the same unique key
 * (a kern or organisation kind whose id exists): the caller's input is at fault, not the
 * storage.
 */
export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';
  constructor() {
    super('a row with this key exists');
  }
}

/** Why the storage cannot take writes: each is for the operator to fix, not for a client. */
export type StorageFailure = 'disk-full' | 'read-only' | 'io-error' | 'cannot-open';

/**
 * Thrown by a store, whatever its engine, when the storage cannot take a write. Nothing of
 * the failed work was kept (its transaction rolled back); the same request may succeed later.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(readonly failure: StorageFailure) {
    super(`the storage cannot take writes (${failure})`);
  }
}

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  status: UserStatus;
  roles: Role[];
  kernIds: string[];
  createdAt: number;
  updatedAt: number;
}

export type UserPatch = Partial<
  Pick<UserRecord, 'displayName' | 'passwordHash' | 'status' | 'roles' | 'kernIds'>
> & { updatedAt: number };

export interface UserRepository {
  count(): number;
  list(): UserRecord[];
  findById(id: string): UserRecord | undefined;
  findByEmail(email: string): UserRecord | undefined;
  insert(user: UserRecord): void;
  update(id: string, patch: UserPatch): void;
}

export interface SetupLinkRecord {
  tokenHash: string;
  /** null: the link that creates the first administrator. */
  userId: string | null;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

export interface SetupLinkRepository {
  insert(link: Omit<SetupLinkRecord, 'usedAt'>): void;
  find(tokenHash: string): SetupLinkRecord | undefined;
  markUsed(tokenHash: string, at: number): void;
  /** Makes every unused link of this user (or the first-administrator links) unusable. */
  expireUnused(userId: string | null, at: number): void;
}

export type SessionEndReason = 'logout' | 'revoked' | 'reuse';

export interface DeviceSessionRecord {
  id: string;
  userId: string;
  deviceLabel: string;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
  endedAt: number | null;
  endReason: SessionEndReason | null;
}

export interface SessionTokenRecord {
  refreshHash: string;
  sessionId: string;
  accessHash: string;
  accessExpiresAt: number;
  refreshExpiresAt: number;
  issuedAt: number;
  /** Set when this refresh token was exchanged for the next pair. */
  rotatedAt: number | null;
  /** Set when this pair was replaced before it was ever used (a lost answer was retried). */
  supersededAt: number | null;
  parentHash: string | null;
  /** The browser (noaber_device cookie) the pair was issued to; null when unknown. */
  deviceId: string | null;
}

export interface SessionRepository {
  insertSession(session: DeviceSessionRecord): void;
  findSession(id: string): DeviceSessionRecord | undefined;
  listForUser(userId: string): DeviceSessionRecord[];
  extend(id: string, lastUsedAt: number, expiresAt: number): void;
  end(id: string, at: number, reason: SessionEndReason): void;
  endAllForUser(userId: string, at: number, reason: SessionEndReason): number;
  insertToken(token: SessionTokenRecord): void;
  findTokenByRefreshHash(hash: string): SessionTokenRecord | undefined;
  findTokenByAccessHash(hash: string): SessionTokenRecord | undefined;
  /** The pair issued in exchange for this refresh token, if still live. */
  findLiveChild(parentHash: string): SessionTokenRecord | undefined;
  markRotated(refreshHash: string, at: number): void;
  markSuperseded(refreshHash: string, at: number): void;
}

/** Sign-in attempts under one key, counted from the start of their window. */
export interface ThrottleCounter {
  attempts: number;
  windowStart: number;
}

/**
 * The sign-in throttle's counters (login-throttle.ts decides with them). Read and written
 * inside one Store.transaction, so counting an attempt and deciding on it is one step.
 */
export interface LoginThrottleRepository {
  find(key: string): ThrottleCounter | undefined;
  put(key: string, counter: ThrottleCounter): void;
  remove(key: string): void;
  /** Forgets the counters whose window started at or before `windowStart`. */
  removeStartedBy(windowStart: number): void;
}

export interface KernRecord extends Kern {
  kind: KernKind;
}

export interface ReferenceRepository {
  listKernen(): KernRecord[];
  findKern(id: string): KernRecord | undefined;
  insertKern(kern: KernRecord): void;
  updateKern(id: string, patch: Partial<Omit<KernRecord, 'id'>>): void;
  listOrganisationKinds(): OrganisationKind[];
  findOrganisationKind(id: string): OrganisationKind | undefined;
  insertOrganisationKind(kind: OrganisationKind): void;
  updateOrganisationKind(id: string, patch: Partial<Omit<OrganisationKind, 'id'>>): void;
  /** The term within which initiative-takers hear back; four weeks unless changed. */
  feedbackTerm(): FeedbackTerm;
  setFeedbackTerm(term: FeedbackTerm): void;
}

export interface AuditEntry {
  at: number;
  actorId: string | null;
  /** What happened, e.g. `sign-in`, `user.invite`, `session.revoke`. */
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: 'ok' | 'refused';
  /** Where the request came from (the client address), for security reviews. */
  origin: string | null;
}

export interface AuditRepository {
  record(entry: AuditEntry): void;
  list(limit: number): (AuditEntry & { id: number })[];
}

/**
 * One write to a record: its seq, the device and user that made it, and the fields it set
 * that no later write has set again. A record keeps its writes oldest first (field-writes.ts).
 * A write that re-sent values after a server restore also says how far in the history before
 * the restore its device had come (its cursor then): restoredAsOf.
 */
export type FieldWrite = [
  seq: number,
  clientId: string,
  userId: string,
  fields: string[],
  restoredAsOf?: number,
];

export interface SyncRecordRow {
  table: PulledTable;
  id: string;
  seq: number;
  data: Record<string, unknown>;
  /** Who last wrote each field, for conflicts; empty for rows the server makes itself. */
  fieldWrites: FieldWrite[];
  /** Who may read it: 'all', 'kern:<id>', 'user:<id>'. */
  scope: string[];
  deleted: boolean;
}

/** Which record: its table and id. */
export interface RecordKey {
  table: PulledTable;
  id: string;
}

export interface SyncClientRecord {
  clientId: string;
  userId: string;
  lastMutationId: number;
}

export interface SyncRepository {
  findClient(clientId: string): SyncClientRecord | undefined;
  saveClient(client: SyncClientRecord, at: number): void;
  /** The highest seq handed out so far. */
  lastSeq(): number;
  findRecord(table: PulledTable, id: string): SyncRecordRow | undefined;
  /** The stored rows among these keys, in one query; keys without a row are left out. */
  findRecords(keys: readonly RecordKey[]): SyncRecordRow[];
  /** Inserts or replaces these rows (by table and id); a push batch writes all at once. */
  putRecords(rows: readonly SyncRecordRow[]): void;
  insertRejection(clientId: string, mutationId: number, reason: string): void;
  rejectionsBetween(
    clientId: string,
    fromId: number,
    toId: number,
  ): { mutationId: number; reason: string }[];
  /**
   * Rows after `cursor` in seq order that `scopeKeys` may read (null: every row), at most
   * `limit`, whether more follow, and — only when asked, it walks every one — how many.
   * A scoped page costs in proportion to the page, not to the table.
   */
  pullPage(
    cursor: number,
    scopeKeys: string[] | null,
    limit: number,
    countRemaining?: boolean,
  ): { rows: SyncRecordRow[]; hasMore: boolean; remaining: number | null };
}

/** A sync client as lost-changes.ts sees it: what it last said it still had to send. */
export interface ClientOutboxRecord {
  clientId: string;
  lastMutationId: number;
  outboxLastNumbered: number;
  outboxWaiting: number;
  lastSeenAt: number;
}

/** Which browser each sync client lives in, and what a wiped database there left unsent. */
export interface ClientDeviceRepository {
  /** The changes a client's predecessors lost; undefined for a client not known yet. */
  findLost(clientId: string): { count: number; lastContactAt: number | null } | undefined;
  /** The user's clients in this browser that are not retired, except `clientId`. */
  activeInBrowser(userId: string, deviceId: string, exceptClientId: string): ClientOutboxRecord[];
  /** A client seen for the first time, with what its predecessors lost. */
  insert(
    client: { clientId: string; userId: string; deviceId: string | null },
    lost: { count: number; lastContactAt: number | null },
    at: number,
  ): void;
  /** What a request said: its browser (when known) and what its database still has to send. */
  report(
    clientId: string,
    deviceId: string | null,
    outbox: { lastNumberedId: number; waiting: number } | undefined,
    at: number,
  ): void;
  /** Retires the user's clients: the given ones, or all in one browser (signed out there). */
  retire(userId: string, which: { clientIds: string[] } | { deviceId: string }, at: number): void;
  /** The device session whose token this client's request carried (the device list's link). */
  linkSession(clientId: string, sessionId: string): void;
  /**
   * What the clients of this device session (not retired) last said they still had to send,
   * and when they last said it; null when no client of it ever synced.
   */
  sessionOutbox(sessionId: string): { count: number; reportedAt: number } | null;
}

/** A revoked device's outbox, delivered once, waiting for (or past) a beheerder's decision. */
export interface QuarantineRecord {
  id: string;
  sessionId: string;
  userId: string;
  clientId: string;
  epoch: string | null;
  protocolVersion: number;
  deliveredAt: number;
  mutationCount: number;
  /** As delivered; emptied when discarded. */
  mutations: ({ id: number } & Record<string, unknown>)[];
  decision: { by: string; at: number; kind: 'accepted' | 'discarded' } | null;
  /** After an accept: how many mutations applied and how many were rejected. */
  outcome: { applied: number; rejected: number } | null;
}

export interface QuarantineRepository {
  insert(delivery: Omit<QuarantineRecord, 'decision' | 'outcome'>): void;
  find(id: string): QuarantineRecord | undefined;
  findBySession(sessionId: string): QuarantineRecord | undefined;
  /** Newest first, at most `limit`. */
  list(limit: number): QuarantineRecord[];
  decide(
    id: string,
    decision: NonNullable<QuarantineRecord['decision']>,
    outcome: QuarantineRecord['outcome'],
  ): void;
  /** Rewrites what a delivery holds (an erasure redacts the people it names). */
  replaceMutations(id: string, mutations: QuarantineRecord['mutations']): void;
}

/** Counts requests per key in fixed windows of time (rate limits shared by every process). */
export interface RateWindowRepository {
  /**
   * Counts one request for `key` at `now`, in one statement: a window older than `windowMs`
   * starts afresh at `now`. Returns the window's start and its count including this one.
   */
  hit(key: string, now: number, windowMs: number): { windowStart: number; hits: number };
}

/** An idea a resident sent through the form at /idee (src/server/ideas). */
export interface IdeaSubmissionRecord {
  /** Made by the resident's phone: the same id again is the same submission. */
  id: string;
  /** SHA-256 of the code (idea-code.ts): the status page's key, never stored as typed. */
  codeHash: string;
  /** SHA-256 of the normalised text: the same text twice within a day is kept once. */
  textHash: string;
  state: 'received' | 'duplicate' | 'spam';
  /** The initiative and person it became; null for a duplicate. */
  initiativeId: string | null;
  personId: string | null;
  /** Where status mails go; '' when none was given. */
  email: string;
  language: 'nl' | 'en';
  receivedAt: number;
  /** What the resident was last mailed about: the status, and how many shared entries. */
  notifiedStatus: string | null;
  notifiedShared: number;
}

export interface IdeaPhotoRecord {
  id: string;
  initiativeId: string;
  type: 'image/jpeg' | 'image/png' | 'image/webp';
  bytes: Uint8Array;
  createdAt: number;
}

export interface IdeaRepository {
  findSubmission(id: string): IdeaSubmissionRecord | undefined;
  findByCodeHash(codeHash: string): IdeaSubmissionRecord | undefined;
  /** Was this text received (not as spam) at or after `since`? */
  textSeenSince(textHash: string, since: number): boolean;
  insertSubmission(submission: IdeaSubmissionRecord): void;
  /** The submissions that became this initiative (spam marking). */
  findByInitiative(initiativeId: string): IdeaSubmissionRecord[];
  setState(id: string, state: IdeaSubmissionRecord['state']): void;
  setNotified(id: string, status: string, shared: number): void;
  /** Received submissions with an e-mail address (the status mails). */
  listMailable(): IdeaSubmissionRecord[];
  insertPhoto(photo: IdeaPhotoRecord): void;
  findPhoto(id: string): IdeaPhotoRecord | undefined;
  removePhotosOf(initiativeId: string): void;
  /** Empties the e-mail address of the person's submissions; returns the addresses it held. */
  forgetEmailsOf(personId: string): string[];
}

export interface OutboxMail {
  id: number;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/** Mail waiting to be sent (mail-sender.ts): in the database, so an outage loses nothing. */
export interface MailOutboxRepository {
  enqueue(mail: { recipient: string; subject: string; body: string }, at: number): void;
  /** Unsent mail whose next attempt is due, oldest first. */
  due(now: number, limit: number): OutboxMail[];
  markSent(id: number, at: number): void;
  markFailed(id: number, nextAttemptAt: number, error: string): void;
  /** Every mail to one address, oldest first (for tests and a person's data export). */
  listFor(recipient: string): (OutboxMail & { sentAt: number | null })[];
  /** Forgets every mail to one address, sent or not (an erased person's). */
  removeFor(recipient: string): void;
}

/** Who received a person's data on one municipal day, and how (access-log.ts). */
export interface AccessEntry {
  personId: string;
  userId: string;
  /** YYYY-MM-DD, municipal time. */
  day: string;
  via: 'pull' | 'export';
  /** Rows of (or naming) the person that went out that day that way. */
  rows: number;
}

/**
 * What the AVG parts of the server keep (src/server/privacy): erased people and list entries,
 * the access log, the retention settings, and the lease of the daily retention job.
 */
export interface PrivacyRepository {
  noteErasedPerson(personId: string, at: number, cause: 'request' | 'retention'): void;
  noteErasedEntries(entryIds: readonly string[], at: number): void;
  /** Which of these ids are erased people or erased list entries. */
  erasedAmong(ids: readonly string[]): string[];
  /** Adds the rows to each entry's count for its person, account, day and way (an upsert). */
  recordAccess(entries: readonly AccessEntry[]): void;
  /** Who received this person's data, newest day first. */
  accessFor(personId: string): AccessEntry[];
  /** Forgets the access log of days before `day`; returns how many entries went. */
  removeAccessBefore(day: string): number;
  /** How many access-log entries lie before `day` (what removeAccessBefore would remove). */
  countAccessBefore(day: string): number;
  /** The retention terms as stored (JSON; checked by their schema), undefined: defaults. */
  retentionSettings(): unknown;
  setRetentionSettings(value: unknown): void;
  /**
   * Takes the lease of `job` for `holder` until `until` when it is free, expired or already
   * theirs, in one statement: of several processes only one gets it. True when it did.
   */
  takeLease(job: string, holder: string, now: number, until: number): boolean;
  /** Notes the end of a run and frees the lease. */
  finishRun(job: string, holder: string, at: number): void;
  /** When the job last ran to the end; null: never. */
  lastRun(job: string): number | null;
}
