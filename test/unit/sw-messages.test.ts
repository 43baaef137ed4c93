import { describe, expect, it } from 'vitest';
import { isPageToWorkerMessage } from '../../src/shared/sw-messages.ts';

describe('page-to-worker messages', () => {
  it('accepts SKIP_WAITING as workbox-window sends it', () => {
    expect(isPageToWorkerMessage({ type: 'SKIP_WAITING' })).toBe(true);
  });

  it('refuses anything else, bare strings included', () => {
    for (const data of [
      'SKIP_WAITING',
      { type: 'skip_waiting' },
      { kind: 'SKIP_WAITING' },
      null,
      1,
    ]) {
      expect(isPageToWorkerMessage(data)).toBe(false);
    }
  });
});
