import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NoaberDatabase } from '../../src/db/database.ts';
import { discardDraft, draftKey, DraftWriter, loadDraft, saveDraft } from '../../src/db/drafts.ts';
import { newId } from '../../src/shared/ids.ts';

const open: NoaberDatabase[] = [];
async function database(): Promise<NoaberDatabase> {
  const db = new NoaberDatabase(`drafts-${newId()}`);
  await db.open();
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('the draft store', () => {
  it('gives every form and record a key of its own', () => {
    const a = newId();
    const b = newId();
    const keys = [
      draftKey('feedback', a),
      draftKey('feedback', b),
      draftKey('status-change', a),
      draftKey('edit-initiative', a),
      draftKey('new-initiative'),
      draftKey('new-person', a),
      draftKey('edit-person', a),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    // Drafts typed before the key helper existed keep their keys.
    expect(draftKey('new-visit')).toBe('new-visit');
    expect(draftKey('edit-visit', a)).toBe(`edit-visit-${a}`);
  });

  it('keeps one draft per key, the newest, until it is discarded', async () => {
    const db = await database();
    const mine = draftKey('feedback', newId());
    const other = draftKey('feedback', newId());
    await saveDraft(db, mine, { summary: 'Gebeld' });
    await saveDraft(db, mine, { summary: 'Gebeld met Erik' });
    await saveDraft(db, other, { summary: 'Mail gestuurd' });
    expect(await loadDraft(db, mine)).toEqual({ summary: 'Gebeld met Erik' });
    expect(await db.drafts.count()).toBe(2);

    await discardDraft(db, mine);
    expect(await loadDraft(db, mine)).toBeUndefined();
    expect(await loadDraft(db, other)).toEqual({ summary: 'Mail gestuurd' });
  });

  it('survives a reload: a new connection to the same database reads it back', async () => {
    const db = await database();
    const key = draftKey('edit-organisation', newId());
    await saveDraft(db, key, { baseline: { name: 'Oud' }, form: { name: 'Nieuw' } });
    db.close();
    const again = new NoaberDatabase(db.name);
    open.push(again);
    expect(await loadDraft(again, key)).toEqual({
      baseline: { name: 'Oud' },
      form: { name: 'Nieuw' },
    });
  });
});

describe('a draft written while typing', () => {
  it('writes every change at once, and the last value typed is the one that stays', async () => {
    const db = await database();
    const key = draftKey('new-initiative');
    let writes = 0;
    const put = db.drafts.put.bind(db.drafts);
    Object.defineProperty(db.drafts, 'put', {
      value: (...args: Parameters<typeof put>) => {
        writes += 1;
        return put(...args);
      },
    });
    const writer = new DraftWriter<string>(db, key);
    const typed = ['S', 'Sp', 'Spe', 'Spee', 'Speel', 'Speeltuin'];
    for (const text of typed) writer.write(text);
    // Started before any finished: nothing waits for an earlier write.
    expect(writes).toBe(typed.length);
    await writer.settled();
    expect(await loadDraft(db, key)).toBe('Speeltuin');
  });

  it('is gone after a discard, also when a write was still waiting', async () => {
    const db = await database();
    const key = draftKey('status-change', newId());
    const writer = new DraftWriter<string>(db, key);
    writer.write('Reden');
    writer.write('Reden: geen');
    await writer.discard();
    expect(await loadDraft(db, key)).toBeUndefined();
    // Typing again after the save starts a new draft.
    writer.write('Nieuwe reden');
    await writer.settled();
    expect(await loadDraft(db, key)).toBe('Nieuwe reden');
  });
});
