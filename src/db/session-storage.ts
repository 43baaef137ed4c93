import { del, get, set } from 'idb-keyval';
import type { SessionUser } from '../shared/auth-api.ts';

/**
 * The signed-in session of this device, kept in IndexedDB (idb-keyval) so it survives reloads
 * and works offline. Tokens are kept here and attached at send time, never inside a queued
 * request. An expired token never deletes anything; only sign-out and a remote revoke do.
 */
export interface StoredSession {
  user: SessionUser;
  sessionId: string;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  refreshExpiresAt: number;
  /** The server ended the session (expired, or a token was reused): sign in again to sync. */
  needsSignIn: boolean;
  /**
   * A beheerder revoked this session while the outbox still held changes: the data stays
   * until they are exported or delivered to the quarantine, or the user wipes anyway
   * (RevokedScreen). Absent on a session that was never revoked.
   */
  revoked?: RevokedDevice;
}

export interface RevokedDevice {
  at: number;
  /** The unsent changes were saved as a file on this device. */
  exported: boolean;
  /** The unsent changes went to the server's quarantine (once only). */
  delivered: boolean;
}

const SESSION_KEY = 'session';

export async function loadSession(): Promise<StoredSession | undefined> {
  return (await get<StoredSession>(SESSION_KEY)) ?? undefined;
}

export async function saveSession(session: StoredSession): Promise<void> {
  await set(SESSION_KEY, session);
  rememberSessionHint(true);
}

export async function clearSession(): Promise<void> {
  await del(SESSION_KEY);
  rememberSessionHint(false);
}

/**
 * A synchronous hint, in localStorage, that this device holds a session: index.html reads it
 * before its first paint and hides the sign-in form it carries for first visits, so a
 * signed-in connector never sees that form flash by (SESSION_HINT_KEY in index.html). Only a
 * hint: the session itself decides (main.tsx sets the hint right on every start).
 */
export const SESSION_HINT_KEY = 'noaber-signed-in';

/** The part of localStorage the hint uses (a worker's types have no Storage). */
interface HintStorage {
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
}

export function rememberSessionHint(signedIn: boolean): void {
  // A worker has no localStorage, and a browser may refuse it; the hint is then absent.
  const storage = (globalThis as { localStorage?: HintStorage }).localStorage;
  try {
    if (signedIn) storage?.setItem(SESSION_HINT_KEY, '1');
    else storage?.removeItem(SESSION_HINT_KEY);
  } catch {
    // Without the hint a signed-in start shows the sign-in form for a moment; nothing more.
  }
}
