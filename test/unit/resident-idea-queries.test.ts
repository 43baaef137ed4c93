import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { newResidentIdeas } from '../../src/db/queries/resident-idea-queries.ts';
import { FORM_AUTHOR_ID } from '../../src/shared/ideas/form-author.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Initiative } from '../../src/shared/records/initiative.ts';

const MINE = newId();
const OTHER_KERN = newId();
const ME = newId();
const COLLEAGUE = newId();

function initiative(title: string, changes: Partial<Initiative> = {}): Initiative {
  return {
    id: newId(),
    createdAt: 1,
    updatedAt: 1,
    deleted: false,
    title,
    description: '',
    kernId: MINE,
    type: 'initiatief',
    challengedTask: '',
    theme: '',
    initiatorPersonId: null,
    assignedConnectorId: null,
    registeredOn: '2026-11-30',
    support: [],
    noaberfonds: null,
    needsPermit: false,
    neighboursNote: '',
    status: 'ingediend',
    statusHistory: [{ from: null, to: 'ingediend', at: 1, by: FORM_AUTHOR_ID, reason: '' }],
    registeredById: FORM_AUTHOR_ID,
    feedbackDeadline: '2026-12-28',
    feedbackLog: [],
    ...changes,
  };
}

describe("Vandaag's new ideas from residents", () => {
  let db: NoaberDatabase;
  beforeEach(async () => {
    db = new NoaberDatabase(`test-${newId()}`);
    await db.open();
    await db.initiatives.bulkPut([
      initiative('mine, unassigned'),
      initiative('assigned to me elsewhere', { kernId: OTHER_KERN, assignedConnectorId: ME }),
      initiative("a colleague's", { assignedConnectorId: COLLEAGUE }),
      initiative('other kern, unassigned', { kernId: OTHER_KERN }),
      initiative('typed by a connector', { registeredById: ME }),
      initiative('taken up already', { status: 'in gesprek' }),
      initiative('spam', { deleted: true }),
    ]);
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  const titles = async (leadsTeam: boolean) =>
    (await newResidentIdeas(db, { userId: ME, kernIds: [MINE], leadsTeam }))
      .map((i) => i.title)
      .sort();

  it('are the form ideas still ingediend: mine, and the unassigned ones of my kernen', async () => {
    expect(await titles(false)).toEqual(['assigned to me elsewhere', 'mine, unassigned']);
  });

  it('for a teamleider, also every unassigned one (such as "weet ik niet")', async () => {
    expect(await titles(true)).toEqual([
      'assigned to me elsewhere',
      'mine, unassigned',
      'other kern, unassigned',
    ]);
  });
});
