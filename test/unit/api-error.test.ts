import { describe, expect, it } from 'vitest';
import { API_ERROR_REASONS, apiErrorBody, isApiErrorReason } from '../../src/shared/api-error.ts';

describe('API error reasons', () => {
  it('builds the one error body shape', () => {
    expect(apiErrorBody('not-found', 'no route')).toEqual({
      error: { reason: 'not-found', message: 'no route' },
    });
  });

  it('recognises exactly the known reason codes', () => {
    for (const reason of API_ERROR_REASONS) expect(isApiErrorReason(reason)).toBe(true);
    for (const other of ['', 'Not-Found', 'error', 404, null, undefined, {}]) {
      expect(isApiErrorReason(other)).toBe(false);
    }
  });
});
