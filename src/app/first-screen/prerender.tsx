import { renderToStringAsync } from 'preact-render-to-string';
import type { AuthClient } from '../../sync/auth-client.ts';
import { App } from '../App.tsx';

/**
 * The first screen of a first visit, rendered at build time in Node
 * (src/build/prerender-first-screen.ts): a device that was never signed in opens on the
 * sign-in screen, in Dutch, at /. The app hydrates exactly this (main.tsx).
 */
export async function renderFirstScreen(): Promise<string> {
  const globals = globalThis as { location?: unknown };
  const before = globals.location;
  // The router reads the address; a build has none.
  globals.location = new URL('/', 'https://noaber.invalid');
  try {
    return await renderToStringAsync(<App auth={SIGNED_OUT} />);
  } finally {
    globals.location = before;
  }
}

/**
 * A device that has never signed in. Rendering only reads `current` (and subscribes in an
 * effect, which a render to a string never runs), so nothing else of AuthClient is needed.
 */
const SIGNED_OUT = {
  current: { status: 'signed-out' },
  subscribe: () => () => undefined,
} as unknown as AuthClient;
