import { ApiFailure } from '../http/api-errors.ts';
import type { Store, UserRecord } from '../store/store.ts';

/**
 * A device proved that the server went back in time: it holds a backup's data, older than
 * what devices already synced. Thrown inside a request's transaction (which then writes
 * nothing); detectingRestore() handles it.
 */
export class WentBackInTime extends Error {
  override readonly name = 'WentBackInTime';
  constructor(
    /** The epoch the proof was found under. */
    readonly epoch: string,
    /** Which proof: 'unknown-epoch', 'unknown-client', 'acknowledged-id' or 'cursor'. */
    readonly proof: string,
    /** The device's epoch, when this server never had it. */
    readonly deviceEpoch?: string,
  ) {
    super(`the server went back in time (${proof})`);
  }
}

/**
 * Runs a sync request; when it proves the server went back to a backup, starts a new epoch
 * and answers `epoch-changed`. Every device that synced before then starts over: it sends its
 * records again as `restore`, which brings the backup's older versions up to date. At most
 * once per run of the server (a restore needs a restart): a later proof — a device's bug, or
 * someone forcing every device to start over — makes only that device start over. The audit
 * log says who gave the proof.
 */
export async function detectingRestore<T>(
  store: Store,
  user: UserRecord,
  now: number,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof WentBackInTime)) throw error;
    await store.transaction(async () => {
      if ((await store.serverEpoch()) !== error.epoch || store.newEpochSinceOpened) return;
      await store.startNewEpoch(error.deviceEpoch);
      await store.audit.record({
        at: now,
        actorId: user.id,
        action: `sync.restore-detected.${error.proof}`,
        objectType: null,
        objectId: null,
        result: 'ok',
        origin: null,
      });
    });
    throw new ApiFailure(409, 'epoch-changed', 'the server went back to a backup: resync');
  }
}
