import { describe, expect, it } from 'vitest';
import {
  allowedNextStatuses,
  checkTransition,
  FINAL_STATUSES,
  INITIATIVE_STATUSES,
  type InitiativeStatus,
} from '../../src/shared/records/initiative-status.ts';

/** Every allowed step, written out by hand from DOMAIN.md; everything else is refused. */
const ALLOWED: Record<InitiativeStatus, InitiativeStatus[]> = {
  ingediend: ['in gesprek', 'gepauzeerd', 'ingetrokken'],
  'in gesprek': ['in behandeling', 'doorverwezen', 'niet ondersteund', 'gepauzeerd', 'ingetrokken'],
  'in behandeling': [
    'ondersteund',
    'doorverwezen',
    'niet ondersteund',
    'gepauzeerd',
    'ingetrokken',
  ],
  ondersteund: ['in uitvoering', 'gepauzeerd', 'ingetrokken'],
  'in uitvoering': ['afgerond', 'gepauzeerd', 'ingetrokken'],
  doorverwezen: [],
  'niet ondersteund': [],
  afgerond: [],
  ingetrokken: [],
  gepauzeerd: ['ingetrokken'],
};

const REASON = 'Hoort bij de woningcorporatie';

describe('initiative status machine', () => {
  for (const from of INITIATIVE_STATUSES) {
    for (const to of INITIATIVE_STATUSES) {
      const allowed = ALLOWED[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(checkTransition(from, to, { reason: REASON })).toEqual(
          allowed ? { ok: true } : { ok: false, reason: 'not-allowed' },
        );
      });
    }
  }

  it('lists exactly the allowed next statuses', () => {
    for (const from of INITIATIVE_STATUSES) {
      expect(allowedNextStatuses(from).sort(), from).toEqual([...ALLOWED[from]].sort());
    }
  });

  it('resumes a paused initiative where it paused, and nowhere else', () => {
    expect(allowedNextStatuses('gepauzeerd', 'in behandeling').sort()).toEqual(
      ['in behandeling', 'ingetrokken'].sort(),
    );
    expect(
      checkTransition('gepauzeerd', 'in behandeling', { pausedFrom: 'in behandeling' }),
    ).toEqual({ ok: true });
    expect(checkTransition('gepauzeerd', 'ondersteund', { pausedFrom: 'in behandeling' })).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
  });

  it('asks a reason for referring, refusing and withdrawing', () => {
    for (const to of ['doorverwezen', 'niet ondersteund', 'ingetrokken'] as const) {
      expect(checkTransition('in behandeling', to)).toEqual({
        ok: false,
        reason: 'reason-required',
      });
      expect(checkTransition('in behandeling', to, { reason: '   ' })).toEqual({
        ok: false,
        reason: 'reason-required',
      });
      expect(checkTransition('in behandeling', to, { reason: REASON })).toEqual({ ok: true });
    }
    expect(checkTransition('in behandeling', 'ondersteund')).toEqual({ ok: true });
  });

  it('leaves the final statuses closed', () => {
    for (const status of FINAL_STATUSES) expect(allowedNextStatuses(status)).toEqual([]);
  });
});
