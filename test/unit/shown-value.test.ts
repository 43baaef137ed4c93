import { describe, expect, it } from 'vitest';
import { shown } from '../../src/app/sync/shown-value.ts';

describe('a conflicting value as a person reads it', () => {
  const names = new Map([['0193aaaa-kern-hoonhorst', 'Hoonhorst']]);

  it('names a kern instead of showing its id, also in a list', () => {
    expect(shown('0193aaaa-kern-hoonhorst', '(leeg)', names)).toBe('Hoonhorst');
    expect(shown(['0193aaaa-kern-hoonhorst', 'onbekend-id'], '(leeg)', names)).toBe(
      'Hoonhorst, onbekend-id',
    );
  });

  it('shows text as typed, nothing as empty, and other values as written', () => {
    expect(shown('0529 111111', '(leeg)', names)).toBe('0529 111111');
    expect(shown('', '(leeg)', names)).toBe('(leeg)');
    expect(shown(null, '(empty)', names)).toBe('(empty)');
    expect(shown(true, '(leeg)', names)).toBe('true');
  });
});
