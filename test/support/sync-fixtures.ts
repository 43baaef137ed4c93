import { registerInitiative } from '../../src/db/repositories/initiatives.ts';
import { createPerson } from '../../src/db/repositories/people.ts';
import { saveNewVisit } from '../../src/db/repositories/visits.ts';
import { DEFAULT_FEEDBACK_TERM } from '../../src/shared/dates/feedback-deadline.ts';
import { municipalToday } from '../../src/shared/dates/municipal-today.ts';
import type { Device } from './sync-harness.ts';

/** Small records typed on a simulated device, through the same repositories as the app. */
export function addPerson(device: Device, kernId: string, name = 'Jan Jansen') {
  return createPerson(
    device.db,
    { name, kernId, phone: '', email: '', dataBasis: 'contactpersoon vereniging' },
    device.context,
  );
}

export function addVisit(device: Device, kernId: string, notes = 'Gesprek over de ijsbaan') {
  return saveNewVisit(
    device.db,
    // The day the device's clock says it is: a visit is never dated in the future.
    { date: municipalToday(device.context.now()), kernId, channel: 'bezoek', notes },
    [{ what: 'Offerte opvragen', assigneeId: device.userId, dueDate: '2026-12-01' }],
    device.context,
  );
}

export function addInitiative(device: Device, kernId: string, title = 'Jeu de boules-baan') {
  return registerInitiative(
    device.db,
    {
      title,
      kernId,
      type: 'initiatief',
      initiatorPersonId: null,
      assignedConnectorId: device.userId,
      registeredOn: municipalToday(device.context.now()),
    },
    DEFAULT_FEEDBACK_TERM,
    device.context,
  );
}
