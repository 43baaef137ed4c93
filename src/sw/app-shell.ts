import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Requests the worker must never answer from a cache: the API is always live or fails. */
export const NEVER_CACHED = [/^\/api(\/|$)/];

/** The resident's pages (/idee, /idee/<code>): their own small page, not the field app. */
export const RESIDENT_PAGES = [/^\/idee(\/|$)/];

/**
 * Precaches the built app shell (the list vite-plugin-pwa injects at build time) and answers
 * every page navigation with the cached index.html, so any screen opens without a network;
 * the resident's pages with the cached idee.html.
 */
export function serveAppShellOffline(manifest: (string | PrecacheEntry)[]): void {
  precacheAndRoute(manifest);
  cleanupOutdatedCaches();
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('idee.html'), { allowlist: RESIDENT_PAGES }),
  );
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('index.html'), {
      denylist: [...NEVER_CACHED, ...RESIDENT_PAGES],
    }),
  );
}
