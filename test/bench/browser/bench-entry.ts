import { NoaberDatabase } from '../../../src/db/database.ts';
import { markAsSyncTransaction } from '../../../src/db/outbox-middleware.ts';
import { listInitiatives } from '../../../src/db/queries/initiative-queries.ts';
import { searchEverything } from '../../../src/db/queries/search-queries.ts';
import {
  myFeedbackDue,
  myOpenActions,
  myRecentVisits,
  nobodyPickedUp,
} from '../../../src/db/queries/today-queries.ts';
import { knownTopics, openInitiativesInKern } from '../../../src/db/queries/field-queries.ts';
import { lastVisitKern, visitChoices } from '../../../src/db/queries/visit-form-queries.ts';
import { visitDetail } from '../../../src/db/queries/visit-queries.ts';
import { saveNewVisit } from '../../../src/db/repositories/visits.ts';
import { addDays } from '../../../src/shared/dates/civil-date.ts';
import { newId } from '../../../src/shared/ids.ts';
import type { Initiative } from '../../../src/shared/records/initiative.ts';
import type { Person } from '../../../src/shared/records/person.ts';
import type { Visit } from '../../../src/shared/records/visit.ts';

/**
 * Runs inside headless Chromium: the real repositories and queries against real IndexedDB,
 * next to raw IndexedDB doing the least it can, so the runner can report ratios.
 */
const USER = newId();
const KERNEN = Array.from({ length: 15 }, () => newId());
const TOPICS = [
  'speeltuin',
  'verkeer',
  'groen',
  'dorpshuis',
  'jeugd',
  'ouderen',
  'schouw',
  'kermis',
];
const WORDS = [
  'overleg',
  'bankjes',
  'café',
  'subsidie',
  'vrijwilligers',
  'buurtfeest',
  'bus',
  'school',
];
const TODAY = '2025-11-21';
let db: NoaberDatabase;

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length] as T;
}

async function seed(counts: {
  visits: number;
  people: number;
  initiatives: number;
}): Promise<void> {
  db = new NoaberDatabase(`bench-${newId()}`);
  await db.open();
  const now = Date.now();
  const people: Person[] = Array.from({ length: counts.people }, (_, i) => ({
    id: newId(now + i),
    name: `Persoon ${i} ${pick(WORDS, i)}`,
    kernId: pick(KERNEN, i),
    phone: '',
    email: '',
    memberships: [],
    dataBasis: 'contactpersoon',
    createdAt: now,
    updatedAt: now,
    deleted: false,
  }));
  const visits: Visit[] = Array.from({ length: counts.visits }, (_, i) => ({
    id: newId(now + i),
    date: addDays(TODAY, -(i % 730)),
    kernId: pick(KERNEN, i),
    channel: 'bezoek',
    organisationIds: [],
    personIds: [pick(people, i).id],
    topics: [pick(TOPICS, i)],
    initiativeIds: [],
    noteRevisions: [
      {
        id: newId(now + i),
        text: `Gesprek ${i} over ${pick(WORDS, i)} en ${pick(WORDS, i + 3)}.`,
        createdAt: now,
        authorId: USER,
      },
    ],
    authorId: i % 3 === 0 ? USER : newId(),
    createdAt: now,
    updatedAt: now,
    deleted: false,
  }));
  const initiatives: Initiative[] = Array.from({ length: counts.initiatives }, (_, i) => ({
    id: newId(now + i),
    title: `Initiatief ${i} ${pick(WORDS, i)}`,
    description: '',
    kernId: pick(KERNEN, i),
    type: 'initiatief',
    challengedTask: '',
    theme: '',
    initiatorPersonId: null,
    assignedConnectorId: i % 4 === 0 ? USER : null,
    registeredOn: addDays(TODAY, -(i % 60)),
    support: [],
    noaberfonds: null,
    needsPermit: false,
    neighboursNote: '',
    status: 'in gesprek',
    statusHistory: [{ from: null, to: 'ingediend', at: now, by: USER, reason: '' }],
    registeredById: USER,
    feedbackDeadline: addDays(TODAY, 28 - (i % 60)),
    feedbackLog: [],
    createdAt: now,
    updatedAt: now,
    deleted: false,
  }));
  // Stored as the sync engine would store a first download: no outbox entries.
  await db.transaction('rw', db.people, db.visits, db.initiatives, async (tx) => {
    markAsSyncTransaction(tx.idbtrans);
    await db.people.bulkPut(people);
    await db.visits.bulkPut(visits);
    await db.initiatives.bulkPut(initiatives);
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * A write takes about a millisecond and the page's clock ticks in 0.1 ms steps (Chromium
 * coarsens it): a sample of one write is ±10 %. So a sample is the mean of a few writes,
 * one after another, as a user would save them.
 */
const WRITES_PER_SAMPLE = 10;
async function timedPerWrite(write: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < WRITES_PER_SAMPLE; i += 1) await write();
  return (performance.now() - started) / WRITES_PER_SAMPLE;
}

let rawDb: IDBDatabase | undefined;
async function openRaw(): Promise<IDBDatabase> {
  if (rawDb) return rawDb;
  rawDb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(`raw-${newId()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('visits', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
  return rawDb;
}

const bench = {
  seed,
  /** A visit with its outbox entry, through the repository, in one transaction. */
  saveVisit: () =>
    timedPerWrite(() =>
      saveNewVisit(
        db,
        { date: TODAY, kernId: pick(KERNEN, 0), channel: 'telefoon', notes: 'Kort gesprek.' },
        [],
        {
          userId: USER,
          now: () => Date.now(),
        },
      ),
    ),
  /** The floor: one raw put of a similar object in its own strict-durability transaction. */
  rawPut: async () => {
    const raw = await openRaw();
    return timedPerWrite(
      () =>
        new Promise<void>((resolve, reject) => {
          const tx = raw.transaction('visits', 'readwrite', { durability: 'strict' });
          tx.objectStore('visits').put({ id: newId(), date: TODAY, notes: 'Kort gesprek.' });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('put failed'));
        }),
    );
  },
  openToday: () =>
    timed(() =>
      Promise.all([
        myOpenActions(db, USER),
        myFeedbackDue(db, USER, TODAY),
        myRecentVisits(db, USER),
        nobodyPickedUp(db, KERNEN.slice(0, 2)),
      ]),
    ),
  /** Nieuw bezoek: the last kern, "Wie was er?" with its chips and boards, initiatives, topics. */
  openNewVisit: () =>
    timed(async () => {
      const kernId = (await lastVisitKern(db, USER)) ?? pick(KERNEN, 0);
      await Promise.all([
        visitChoices(db, kernId, USER, TODAY),
        openInitiativesInKern(db, kernId),
        knownTopics(db, USER),
      ]);
    }),
  /** One visit with everything it names and its follow-ups. */
  openVisit: async () => {
    const visit = await db.visits.orderBy(':id').first();
    return timed(() => visitDetail(db, visit?.id ?? ''));
  },
  openInitiatives: () => timed(() => listInitiatives(db, {}, TODAY)),
  search: (query: string) => timed(() => searchEverything(db, query)),
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
