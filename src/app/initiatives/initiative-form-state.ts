import { centsForInput, parseEuroCents } from '../../shared/money.ts';
import {
  NOABERFONDS_STEPS,
  type Initiative,
  type InitiativeInput,
  type SUPPORT_KINDS,
} from '../../shared/records/initiative.ts';

export type NoaberfondsStep = (typeof NOABERFONDS_STEPS)[number];
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** The initiative form as typed: amounts as text in euros, one date per Noaberfonds step. */
export interface InitiativeFormState {
  title: string;
  description: string;
  kernId: string;
  type: InitiativeInput['type'];
  challengedTask: string;
  theme: string;
  initiatorPersonId: string | null;
  assignedConnectorId: string | null;
  support: SupportKind[];
  amountAsked: string;
  amountGranted: string;
  stepDates: Partial<Record<NoaberfondsStep, string>>;
  needsPermit: boolean;
  neighboursNote: string;
}

/** The fields an initiative form edits: everything but the status and the registration date. */
export type EditableInitiative = Omit<Required<InitiativeInput>, 'registeredOn'>;

export function emptyInitiativeForm(kernId: string, connectorId: string): InitiativeFormState {
  return {
    title: '',
    description: '',
    kernId,
    type: 'initiatief',
    challengedTask: '',
    theme: '',
    initiatorPersonId: null,
    assignedConnectorId: connectorId,
    support: [],
    amountAsked: '',
    amountGranted: '',
    stepDates: {},
    needsPermit: false,
    neighboursNote: '',
  };
}

export function initiativeFormOf(initiative: Initiative): InitiativeFormState {
  const fund = initiative.noaberfonds;
  const stepDates: Partial<Record<NoaberfondsStep, string>> = {};
  for (const { step, date } of fund?.steps ?? []) stepDates[step] = date;
  return {
    title: initiative.title,
    description: initiative.description,
    kernId: initiative.kernId,
    type: initiative.type,
    challengedTask: initiative.challengedTask,
    theme: initiative.theme,
    initiatorPersonId: initiative.initiatorPersonId,
    assignedConnectorId: initiative.assignedConnectorId,
    support: initiative.support,
    amountAsked: centsForInput(fund?.amountAskedCents ?? null),
    amountGranted: centsForInput(fund?.amountGrantedCents ?? null),
    stepDates,
    needsPermit: initiative.needsPermit,
    neighboursNote: initiative.neighboursNote,
  };
}

/**
 * The record fields the form stands for. Amounts become cents (an amount that cannot be read
 * becomes NaN, which the schema refuses next to its field); Noaberfonds data exists once
 * an amount or a step date is filled in.
 */
export function initiativeFieldsOf(form: InitiativeFormState): EditableInitiative {
  const steps = NOABERFONDS_STEPS.flatMap((step) => {
    const date = form.stepDates[step];
    return date ? [{ step, date }] : [];
  });
  const amountAskedCents = parseEuroCents(form.amountAsked);
  const amountGrantedCents = parseEuroCents(form.amountGranted);
  const hasFund = steps.length > 0 || amountAskedCents !== null || amountGrantedCents !== null;
  return {
    title: form.title,
    description: form.description,
    kernId: form.kernId,
    type: form.type,
    challengedTask: form.type === 'uitdaagrecht' ? form.challengedTask : '',
    theme: form.theme,
    initiatorPersonId: form.initiatorPersonId,
    assignedConnectorId: form.assignedConnectorId,
    support: form.support,
    noaberfonds: hasFund ? { steps, amountAskedCents, amountGrantedCents } : null,
    needsPermit: form.needsPermit,
    neighboursNote: form.needsPermit ? form.neighboursNote : '',
  };
}
