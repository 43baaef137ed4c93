/** How often an open app asks the server whether a new version exists. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Asks for a new service worker when the app comes back into view and once an hour while it
 * is open. Field workers leave the app open for days; without this they would run an old
 * version until they close every tab. Returns a function that stops the checks.
 */
export function checkForUpdatesOnResume(registration: ServiceWorkerRegistration): () => void {
  const check = () => {
    if (!navigator.onLine || registration.installing) return;
    // A failed check (offline, server down) is retried on the next resume; nothing to report.
    registration.update().catch(() => undefined);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') check();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('online', check);
  const timer = window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('online', check);
    window.clearInterval(timer);
  };
}
