import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_WAIT_FOR_PAUSE_MS,
  USER_ACTIVE_MS,
  USER_PAUSE_MS,
  noteUserWrite,
  userWroteRecently,
  waitForUserPause,
} from '../../src/db/user-activity.ts';

describe('user activity, which sync makes way for', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts a user as at work for a while after a write, per database', () => {
    const now = Date.now();
    noteUserWrite('noaber-a', now);
    expect(userWroteRecently('noaber-a', now + USER_ACTIVE_MS - 1)).toBe(true);
    expect(userWroteRecently('noaber-a', now + USER_ACTIVE_MS)).toBe(false);
    expect(userWroteRecently('noaber-never-written', now)).toBe(false);
  });

  it('waits for a pause in the writes, and again when the user goes on typing', async () => {
    noteUserWrite('noaber-b');
    let done = false;
    void waitForUserPause('noaber-b').then(() => (done = true));
    await vi.advanceTimersByTimeAsync(USER_PAUSE_MS - 100);
    noteUserWrite('noaber-b'); // a key press: the pause starts again
    await vi.advanceTimersByTimeAsync(USER_PAUSE_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('stops waiting after a bounded time, so that sync is never stalled by typing', async () => {
    let done = false;
    noteUserWrite('noaber-c');
    void waitForUserPause('noaber-c').then(() => (done = true));
    // Typing without a pause for longer than sync waits.
    for (let t = 0; t < MAX_WAIT_FOR_PAUSE_MS - 100; t += 100) {
      await vi.advanceTimersByTimeAsync(100);
      noteUserWrite('noaber-c');
    }
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
  });
});
