import { describe, expect, it } from 'vitest';
import { refusalDetail, refusalReasonOf } from '../../../src/shared/permissions/refusal-detail.ts';
import { PERMISSION_REASONS } from '../../../src/shared/permissions/write-permission.ts';

describe('a refusal in a rejection’s detail', () => {
  it('names the rule, then the field', () => {
    expect(refusalDetail({ field: 'authorId', reason: 'fixed-field' })).toBe(
      'fixed-field: authorId',
    );
    expect(refusalDetail({ field: null, reason: 'outside-your-kernen' })).toBe(
      'outside-your-kernen',
    );
  });

  it.each(PERMISSION_REASONS)('reads %s back, with or without a field', (reason) => {
    expect(refusalReasonOf(refusalDetail({ field: null, reason }))).toBe(reason);
    expect(refusalReasonOf(refusalDetail({ field: 'title', reason }))).toBe(reason);
  });

  it('reads nothing from another detail (an older server, another reason)', () => {
    expect(refusalReasonOf('no right to change this visits record')).toBeNull();
    expect(refusalReasonOf('')).toBeNull();
    expect(refusalReasonOf('fixed-fields')).toBeNull();
  });
});
