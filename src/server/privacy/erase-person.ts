import { mayActOnPersonRights } from '../../shared/permissions/account.ts';
import {
  erasedPersonRecord,
  isErasedPerson,
  personNeedles,
  redactValue,
} from '../../shared/privacy/erasure.ts';
import { ApiFailure } from '../http/api-errors.ts';
import type { Store, SyncRecordRow, UserRecord } from '../store/store.ts';
import { EVERY_CONNECTOR, kernKey } from '../sync-service/record-scope.ts';
import { allRecords } from './all-records.ts';
import { mentionKey, mentionsIn, redactRecord, type Mention } from './redact-record.ts';

/** Who erases: a person on the server (their right), or the retention job (no one). */
export interface Eraser {
  user: UserRecord | null;
  origin: string | null;
}

/** The person to act on, if `actor` may; refusals as 404/403/409 with a reason. */
export async function personFor(
  store: Store,
  actor: UserRecord,
  personId: string,
): Promise<SyncRecordRow> {
  const row = await store.sync.findRecord('people', personId);
  if (!row || isErasedPerson('people', row.data)) {
    throw new ApiFailure(404, 'not-found', 'no such person');
  }
  const kernId = String(row.data['kernId']);
  if (!mayActOnPersonRights(actor, kernId)) {
    throw new ApiFailure(403, 'forbidden', 'a beheerder or a connector of the kern');
  }
  return row;
}

/** The texts naming the person, for the erase screen to list for redaction. */
export async function mentionsOf(store: Store, person: SyncRecordRow): Promise<Mention[]> {
  const needles = personNeedles(person.data);
  const found: Mention[] = [];
  for await (const row of allRecords(store)) {
    if (row.deleted && row.table !== 'visits' && row.table !== 'initiatives') continue;
    found.push(...mentionsIn(row.table, row.id, row.data, needles));
  }
  return found;
}

export interface ErasureOutcome {
  /** Records rewritten without the person (besides the person's own). */
  records: number;
  /** Revoked devices' deliveries redacted. */
  quarantined: number;
}

/**
 * Erases a person everywhere the server holds them, in one transaction: their record becomes
 * an empty tombstone (readable by every connector, so every device that held them learns of
 * it at its next pull and purges its own copies, erasure-purge.ts); every record naming them
 * is rewritten with a new seq — references to "verwijderde persoon", texts redacted (the
 * connector's wording from `texts`, else automatic), older note revisions removed, conflicts
 * and refusals holding them emptied; revoked devices' deliveries are redacted; the id and the
 * removed entries are noted so that a device's late edit cannot bring them back. Field-write
 * history holds field names and account ids only, so it needs no change. Logged in the audit
 * log (by id: the log never holds the name).
 */
export async function erasePerson(
  store: Store,
  person: SyncRecordRow,
  eraser: Eraser,
  texts: ReadonlyMap<string, string>,
  now: number,
  cause: 'request' | 'retention',
): Promise<ErasureOutcome> {
  return store.transaction(async () => {
    const current = await store.sync.findRecord('people', person.id);
    if (!current || isErasedPerson('people', current.data)) return { records: 0, quarantined: 0 };
    const needles = personNeedles(current.data);
    const erase = { personId: person.id, needles };
    const actorId = eraser.user?.id ?? person.id;
    let seq = await store.sync.lastSeq();
    const rewritten: SyncRecordRow[] = [];
    const removedEntries: string[] = [];
    for await (const row of allRecords(store)) {
      // Another person's record is theirs (a namesake is not this person).
      if (row.table === 'people') continue;
      const redacted = redactRecord(row.table, row.id, row.data, erase, texts, actorId, now);
      if (!redacted) continue;
      removedEntries.push(...redacted.removedEntryIds);
      rewritten.push({
        ...row,
        data: redacted.data,
        deleted: redacted.data['deleted'] === true,
      });
    }
    const tombstone = erasedPersonRecord(current.data, now);
    const kernId = String(current.data['kernId']);
    await store.sync.putRecords([
      ...rewritten.map((row) => ({ ...row, seq: ++seq })),
      {
        table: 'people',
        id: person.id,
        seq: ++seq,
        data: tombstone,
        // Who wrote which field says nothing about the person; with every field emptied by
        // the server, it is the server's own row now.
        fieldWrites: [],
        scope: [EVERY_CONNECTOR, kernKey(kernId)],
        deleted: true,
      },
    ]);
    let quarantined = 0;
    for (const delivery of await store.quarantine.list(Number.MAX_SAFE_INTEGER)) {
      const redacted = redactValue(delivery.mutations, needles, [person.id]);
      if (JSON.stringify(redacted) === JSON.stringify(delivery.mutations)) continue;
      await store.quarantine.replaceMutations(delivery.id, redacted as typeof delivery.mutations);
      quarantined += 1;
    }
    // An idea the person sent through /idee keeps their address for status mails: it goes,
    // with every mail to it, sent or waiting.
    for (const email of await store.ideas.forgetEmailsOf(person.id)) {
      await store.mailOutbox.removeFor(email);
    }
    await store.privacy.noteErasedPerson(person.id, now, cause);
    await store.privacy.noteErasedEntries(removedEntries, now);
    await store.audit.record({
      at: now,
      actorId: eraser.user?.id ?? null,
      action: cause === 'request' ? 'person.erase' : 'retention.erase-person',
      objectType: 'person',
      objectId: person.id,
      result: 'ok',
      origin: eraser.origin,
    });
    return { records: rewritten.length, quarantined };
  });
}

/** The redactions a connector typed, keyed as mentionsOf lists them. */
export function redactionTexts(redactions: readonly (Mention & { redacted: string })[]) {
  return new Map(redactions.map((r) => [mentionKey(r), r.redacted]));
}
