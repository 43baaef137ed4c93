import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { deviceProblemOf, isStorageFull } from '../../src/db/device-errors.ts';
import { watch } from '../../src/db/live.ts';
import { createPerson } from '../../src/db/repositories/people.ts';
import { openUserDatabase } from '../../src/db/user-data.ts';
import { newId } from '../../src/shared/ids.ts';

const context = { userId: newId(), now: () => Date.now() };
const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

/** Makes every write to IndexedDB fail as a full disk does, until the test ends. */
function fillTheDisk() {
  const store = globalThis.IDBObjectStore.prototype;
  const original = {
    put: Object.getOwnPropertyDescriptor(store, 'put'),
    add: Object.getOwnPropertyDescriptor(store, 'add'),
  };
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  Object.defineProperty(store, 'put', { value: full, configurable: true, writable: true });
  Object.defineProperty(store, 'add', { value: full, configurable: true, writable: true });
  restore.push(() => {
    if (original.put) Object.defineProperty(store, 'put', original.put);
    if (original.add) Object.defineProperty(store, 'add', original.add);
  });
}

async function failureOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('errors of the device itself, sorted so the screen can say what to do', () => {
  it('a full disk on a save: "storage-full", and nothing of the save is written', async () => {
    const db = new NoaberDatabase(`full-${newId()}`);
    await db.open();
    fillTheDisk();
    const error = await failureOf(
      createPerson(db, { name: 'Erik ter Haar', kernId: newId(), dataBasis: 'contact' }, context),
    );
    restore.splice(0).forEach((undo) => undo());
    expect(deviceProblemOf(error)).toBe('storage-full');
    expect(isStorageFull(error)).toBe(true);
    // The record and its outbox entry are one transaction: neither is there.
    expect(await db.people.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    await db.delete();
  });

  it('a database that fails to open: "cannot-open"', async () => {
    // As a browser without usable storage answers (a private window, a broken profile).
    const factory = globalThis.indexedDB;
    const realOpen = factory.open.bind(factory);
    factory.open = (): IDBOpenDBRequest => {
      const request = {
        error: new DOMException('Internal error opening backing store', 'UnknownError'),
      } as unknown as IDBOpenDBRequest;
      const event = { target: request, preventDefault() {}, stopPropagation() {} };
      setTimeout(() => {
        request.onerror?.(event as unknown as Event);
      }, 0);
      return request;
    };
    restore.push(() => {
      factory.open = realOpen;
    });
    const error = await failureOf(openUserDatabase(newId()));
    expect(deviceProblemOf(error)).toBe('cannot-open');
    expect(isStorageFull(error)).toBe(false);
  });

  it('a live query that fails: its error reaches the screen, sorted as "cannot-read"', async () => {
    const db = new NoaberDatabase(`read-${newId()}`);
    await db.open();
    const error = await new Promise<unknown>((resolve) => {
      const stop = watch(
        // An index that does not exist: the read itself fails.
        () => db.people.where('nonexistent').equals('x').toArray(),
        () => resolve(undefined),
        (failure) => {
          stop();
          resolve(failure);
        },
      );
    });
    expect(error).toBeDefined();
    expect(deviceProblemOf(error)).toBe('cannot-read');
    await db.delete();
  });

  it('a quota error wrapped by Dexie is still a full disk', () => {
    const inner = new DOMException('full', 'QuotaExceededError');
    expect(deviceProblemOf({ name: 'AbortError', inner })).toBe('storage-full');
    expect(deviceProblemOf(new Error('anything else'))).toBe('cannot-read');
    expect(deviceProblemOf(undefined)).toBe('cannot-read');
  });
});
