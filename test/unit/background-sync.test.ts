import { describe, expect, it } from 'vitest';
import type { FailureReason } from '../../src/sync/api-client.ts';
import {
  RetryLater,
  syncInBackground,
  type BackgroundSyncDeps,
} from '../../src/sync/background-sync.ts';

/**
 * The world of one `sync` event: who is signed in, whether a tab leads (and keeps leading,
 * or is closing and lets go of the lock within the grace), how a run ends.
 */
function world(options: {
  user?: string;
  tabLeads?: boolean | 'closing';
  runEndsWith?: FailureReason | null;
}) {
  const seen = { askedLeader: [] as string[], synced: [] as string[] };
  const deps: BackgroundSyncDeps = {
    signedInUser: () => Promise.resolve(options.user),
    whenLeaderless: async (_userId, waitMs, work) =>
      options.tabLeads === true || (options.tabLeads === 'closing' && waitMs === 0)
        ? null
        : { led: true, value: await work() },
    askLeader: (userId) => seen.askedLeader.push(userId),
    sync: (userId) => {
      seen.synced.push(userId);
      return Promise.resolve(options.runEndsWith ?? null);
    },
  };
  return { deps, seen };
}

describe("the service worker's sync event", () => {
  it('asks the leading tab to sync and runs nothing itself', async () => {
    const { deps, seen } = world({ user: 'u1', tabLeads: true });
    await expect(syncInBackground(deps)).resolves.toBe('asked-leader');
    expect(seen).toEqual({ askedLeader: ['u1'], synced: [] });
  });

  it('syncs itself when the leading tab lets go within the grace: it was closing', async () => {
    const { deps, seen } = world({ user: 'u1', tabLeads: 'closing' });
    await expect(syncInBackground(deps)).resolves.toBe('synced');
    expect(seen).toEqual({ askedLeader: ['u1'], synced: ['u1'] });
  });

  it('syncs the signed-in account itself when no tab leads', async () => {
    const { deps, seen } = world({ user: 'u1' });
    await expect(syncInBackground(deps)).resolves.toBe('synced');
    expect(seen).toEqual({ askedLeader: [], synced: ['u1'] });
  });

  it('does nothing without a session that may sync', async () => {
    const { deps, seen } = world({});
    await expect(syncInBackground(deps)).resolves.toBe('no-session');
    expect(seen).toEqual({ askedLeader: [], synced: [] });
  });

  it.each<FailureReason>([
    'network',
    'bad-answer',
    'rate-limited',
    'storage-unavailable',
    'internal',
    'mutation-gap',
  ])('rejects after a %s failure, so that the browser tries again later', async (reason) => {
    const { deps } = world({ user: 'u1', runEndsWith: reason });
    const outcome = syncInBackground(deps);
    await expect(outcome).rejects.toBeInstanceOf(RetryLater);
    await expect(outcome).rejects.toMatchObject({ reason });
  });

  it.each<FailureReason>(['session-ended', 'session-revoked', 'unauthorized', 'update-required'])(
    'resolves after %s: only the user can fix it, so a retry would only loop',
    async (reason) => {
      const { deps } = world({ user: 'u1', runEndsWith: reason });
      await expect(syncInBackground(deps)).resolves.toBe('needs-user');
    },
  );
});
