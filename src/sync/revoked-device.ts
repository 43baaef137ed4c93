import { loadSession, saveSession, type RevokedDevice } from '../db/session-storage.ts';
import type { DeliveryAnswer } from '../shared/quarantine-api.ts';
import { ApiError } from './api-client.ts';
import type { AuthClient } from './auth-client.ts';
import { deliverOutboxToQuarantine } from './quarantine-delivery.ts';

/**
 * What the user of a revoked device with unsent changes did about them (RevokedScreen):
 * kept in the stored session, so the wipe stays allowed after a reload. Loaded with that
 * screen only.
 */
async function noteRevoked(auth: AuthClient, change: Partial<RevokedDevice>): Promise<void> {
  const session = await loadSession();
  if (!session?.revoked) return;
  await saveSession({ ...session, revoked: { ...session.revoked, ...change } });
  await auth.sessionChanged();
}

/** The export was saved: the wipe may go ahead. */
export function markExported(auth: AuthClient): Promise<void> {
  return noteRevoked(auth, { exported: true });
}

/** Sends the unsent changes to the server's quarantine, once; then the wipe may go ahead. */
export async function deliverUnsent(auth: AuthClient): Promise<DeliveryAnswer> {
  const session = await loadSession();
  if (!session?.revoked) throw new ApiError('forbidden', 0, 'this device is not revoked');
  try {
    const answer = await deliverOutboxToQuarantine(session.user.id, session.refreshToken);
    await noteRevoked(auth, { delivered: true });
    return answer;
  } catch (error) {
    // Delivered already (the answer was lost on the way): the server has them.
    if (error instanceof ApiError && error.reason === 'already-delivered') {
      await noteRevoked(auth, { delivered: true });
    }
    throw error;
  }
}
