import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraft } from '../../src/db/drafts.ts';
import { addFeedback, updateInitiative } from '../../src/db/repositories/initiatives.ts';
import { createPerson, updatePerson } from '../../src/db/repositories/people.ts';
import { reviseVisitNotes, saveNewVisit } from '../../src/db/repositories/visits.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import { ERASED_PERSON_ID } from '../../src/shared/privacy/erasure.ts';
import type { MentionsResponse } from '../../src/shared/privacy/privacy-api.ts';
import type { Person } from '../../src/shared/records/person.ts';
import { addInitiative } from '../support/sync-fixtures.ts';
import { scanDexie } from '../support/privacy-scan.ts';
import { scanServerData } from '../support/test-store.ts';
import { startHarness, type Device, type Harness } from '../support/sync-harness.ts';

const NAME = 'Wilhelmina Zwanenburg';
const PHONE = '06 98765432';
const EMAIL = 'w.zwanenburg@voorbeeld.test';
const NEEDLES = [NAME, PHONE, EMAIL];

let harness: Harness;
let kern: string;
let anna: Device;
let bert: Device;

beforeAll(async () => {
  harness = await startHarness();
  kern = harness.kernId('Lemelerveld');
  anna = await harness.addDevice('Anna', ['gebiedsverbinder'], ['Lemelerveld']);
  bert = await harness.addDevice('Bert', ['gebiedsverbinder'], ['Lemelerveld']);
});
afterAll(() => harness.close());

const api = (device: Device, method: 'GET' | 'POST', url: string, payload?: object) =>
  harness.server.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${device.transport.currentTokens.accessToken}` },
    ...(payload ? { payload } : {}),
  });

describe('erasing a person reaches the server and every device (AVG art. 17)', () => {
  let person: Person;
  let visitId: string;
  let initiativeId: string;

  it('leaves the name, phone and e-mail nowhere, and refuses an offline edit with a reason', async () => {
    person = await createPerson(
      anna.db,
      { name: NAME, kernId: kern, phone: PHONE, email: EMAIL, dataBasis: 'toestemming' },
      anna.context,
    );
    const { visit } = await saveNewVisit(
      anna.db,
      {
        date: municipalToday(anna.context.now()),
        kernId: kern,
        channel: 'bezoek',
        notes: `Koffie bij ${NAME}, bel haar op ${PHONE}.`,
        personIds: [person.id],
      },
      [],
      anna.context,
    );
    visitId = visit.id;
    // A later revision without the name: the older one still holds it.
    await reviseVisitNotes(anna.db, visit.id, 'Koffie gedronken, afspraak gemaakt.', anna.context);
    const initiative = await addInitiative(anna, kern, 'Bloembakken in de Dorpsstraat');
    initiativeId = initiative.id;
    await updateInitiative(
      anna.db,
      initiative.id,
      { initiatorPersonId: person.id, description: `Idee van ${NAME} (${EMAIL})` },
      anna.context,
    );
    await addFeedback(
      anna.db,
      initiative.id,
      {
        date: municipalToday(anna.context.now()),
        channel: 'telefoon',
        summary: `${NAME} gebeld: we helpen mee.`,
      },
      anna.context,
    );
    expect(await anna.sync()).toBe('ok');
    expect(await bert.sync()).toBe('ok');

    // A conflict holding her e-mail: Anna changes it, Bert (not having seen that) too.
    await updatePerson(bert.db, person.id, { email: 'oud.' + EMAIL }, bert.context);
    await updatePerson(anna.db, person.id, { phone: PHONE + '1' }, anna.context);
    expect(await anna.sync()).toBe('ok');
    expect(await bert.sync()).toBe('ok');
    await updatePerson(anna.db, person.id, { phone: PHONE }, anna.context);
    expect(await anna.sync()).toBe('ok');

    // Bert works offline: an edit to her, a draft naming her.
    await updatePerson(bert.db, person.id, { dataBasis: `${NAME} gaf toestemming` }, bert.context);
    await saveDraft(bert.db, 'visit:new', { notes: `Nog bellen met ${NAME}` });

    // The erase screen lists the texts naming her, the older note revision among them.
    const listed = await api(anna, 'GET', `/api/privacy/people/${person.id}/mentions`);
    expect(listed.statusCode).toBe(200);
    const { mentions } = listed.json<MentionsResponse>();
    expect(mentions.map((m) => `${m.table}.${m.field}:${m.current}`).sort()).toEqual([
      'initiatives.description:true',
      'initiatives.feedbackLog:true',
      'visits.noteRevisions:false',
    ]);
    const description = mentions.find((m) => m.field === 'description');
    const erased = await api(anna, 'POST', `/api/privacy/people/${person.id}/erase`, {
      redactions: description
        ? [
            {
              table: description.table,
              recordId: description.recordId,
              field: description.field,
              entryId: description.entryId,
              redacted: 'Idee van een bewoner',
            },
          ]
        : [],
    });
    expect(erased.statusCode, erased.body).toBe(200);

    expect(await bert.sync()).toBe('ok');
    expect(await anna.sync()).toBe('ok');

    // Bert's offline edit was refused with the reason, holding nothing of her.
    const refusals = await bert.db.rejections.toArray();
    expect(refusals.map((r) => [r.reason, r.change])).toContainEqual(['person-erased', null]);
    expect(await bert.db.outbox.count()).toBe(0);

    expect(await scanServerData(harness.server.dataDir, NEEDLES)).toEqual([]);
    expect(await scanDexie(anna.db, NEEDLES)).toEqual([]);
    expect(await scanDexie(bert.db, NEEDLES)).toEqual([]);

    // What stays: the visit and initiative, saying "verwijderde persoon".
    for (const device of [anna, bert]) {
      expect((await device.db.visits.get(visitId))?.personIds).toEqual([ERASED_PERSON_ID]);
      const kept = await device.db.initiatives.get(initiativeId);
      expect(kept?.initiatorPersonId).toBe(ERASED_PERSON_ID);
      expect(kept?.description).toBe('Idee van een bewoner');
      expect((await device.db.people.get(person.id))?.deleted).toBe(true);
    }
    // The older revision holding her name went; the current one stays as it was.
    const notes = (await anna.db.visits.get(visitId))?.noteRevisions.map((r) => r.text);
    expect(notes).toEqual(['Koffie gedronken, afspraak gemaakt.']);
  });

  it('keeps an erased person erased: a late push of the old revision or her id changes nothing', async () => {
    const stored = await harness.server.store.sync.findRecord('visits', visitId);
    const before = stored?.data['noteRevisions'];
    const device = await harness.addDevice('Carla', ['gebiedsverbinder'], ['Lemelerveld']);
    expect(await device.sync()).toBe('ok');
    await device.db.visits.update(visitId, { personIds: [person.id] });
    expect(await device.sync()).toBe('ok');
    const after = await harness.server.store.sync.findRecord('visits', visitId);
    expect(after?.data['personIds']).toEqual([ERASED_PERSON_ID]);
    expect(after?.data['noteRevisions']).toEqual(before);
  });

  it('refuses a second erasure and an erasure by someone outside the kern', async () => {
    const again = await api(anna, 'POST', `/api/privacy/people/${person.id}/erase`, {
      redactions: [],
    });
    expect(again.statusCode).toBe(404);
    const other = await createPerson(
      anna.db,
      { name: 'Ander Persoon', kernId: kern, phone: '', email: '', dataBasis: 'x' },
      anna.context,
    );
    expect(await anna.sync()).toBe('ok');
    const outsider = await harness.addDevice('Dirk', ['gebiedsverbinder'], ['Hoonhorst']);
    const refused = await api(outsider, 'POST', `/api/privacy/people/${other.id}/erase`, {
      redactions: [],
    });
    expect(refused.statusCode).toBe(403);
    expect((await harness.server.store.sync.findRecord('people', other.id))?.data['name']).toBe(
      'Ander Persoon',
    );
  });
});
