import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Requests the worker must never answer from a cache: the API is always live or fails. */
export const NEVER_CACHED = [/^\/api(\/|$)/];

/**
 * Precaches the built app shell (the list vite-plugin-pwa injects at build time) and answers
 * every page navigation with the cached index.html, so any screen opens without a network.
 */
export function serveAppShellOffline(manifest: (string | PrecacheEntry)[]): void {
  precacheAndRoute(manifest);
  cleanupOutdatedCaches();
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: NEVER_CACHED }),
  );
}
