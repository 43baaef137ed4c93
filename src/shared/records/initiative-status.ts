/**
 * The one status machine of an initiative (DOMAIN.md, "An initiative's life"). Both the app
 * and the server use it: the app offers only allowed next steps, the server refuses the rest.
 *
 *   ingediend → in gesprek → in behandeling → ondersteund → in uitvoering → afgerond
 *                    │              ├→ doorverwezen
 *                    └──────────────┴→ niet ondersteund
 *   from any open status: → ingetrokken, → gepauzeerd (which resumes where it paused)
 */
export const INITIATIVE_STATUSES = [
  'ingediend',
  'in gesprek',
  'in behandeling',
  'ondersteund',
  'doorverwezen',
  'niet ondersteund',
  'in uitvoering',
  'afgerond',
  'ingetrokken',
  'gepauzeerd',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The statuses an initiative cannot leave. */
export const FINAL_STATUSES: readonly InitiativeStatus[] = [
  'afgerond',
  'doorverwezen',
  'niet ondersteund',
  'ingetrokken',
];

const FORWARD: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  ingediend: ['in gesprek'],
  // The intake decides: an initiative, or something that belongs elsewhere.
  'in gesprek': ['in behandeling', 'doorverwezen', 'niet ondersteund'],
  'in behandeling': ['ondersteund', 'doorverwezen', 'niet ondersteund'],
  ondersteund: ['in uitvoering'],
  'in uitvoering': ['afgerond'],
  doorverwezen: [],
  'niet ondersteund': [],
  afgerond: [],
  ingetrokken: [],
  gepauzeerd: [],
};

/** Decisions that must say why (the initiator is told the reasons). */
export const STATUSES_NEEDING_A_REASON: readonly InitiativeStatus[] = [
  'doorverwezen',
  'niet ondersteund',
  'ingetrokken',
];

export function isFinal(status: InitiativeStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/**
 * Where an initiative may go from `from`. A paused initiative resumes at `pausedFrom` (the
 * status before the pause) or is withdrawn.
 */
export function allowedNextStatuses(
  from: InitiativeStatus,
  pausedFrom?: InitiativeStatus,
): InitiativeStatus[] {
  if (from === 'gepauzeerd') {
    return pausedFrom && pausedFrom !== 'gepauzeerd' && !isFinal(pausedFrom)
      ? [pausedFrom, 'ingetrokken']
      : ['ingetrokken'];
  }
  if (isFinal(from)) return [];
  return [...FORWARD[from], 'gepauzeerd', 'ingetrokken'];
}

export type TransitionCheck =
  { ok: true } | { ok: false; reason: 'not-allowed' | 'reason-required' };

export function checkTransition(
  from: InitiativeStatus,
  to: InitiativeStatus,
  options: { pausedFrom?: InitiativeStatus; reason?: string } = {},
): TransitionCheck {
  if (!allowedNextStatuses(from, options.pausedFrom).includes(to)) {
    return { ok: false, reason: 'not-allowed' };
  }
  if (STATUSES_NEEDING_A_REASON.includes(to) && !options.reason?.trim()) {
    return { ok: false, reason: 'reason-required' };
  }
  return { ok: true };
}

/** The status an initiative had before its latest pause, to resume there. */
export function statusBeforePause(
  history: readonly { from: InitiativeStatus | null; to: InitiativeStatus }[],
): InitiativeStatus | undefined {
  return history.findLast((change) => change.to === 'gepauzeerd')?.from ?? undefined;
}
