/** Anything that took longer than this to show a screen should not keep the app from going offline-ready. */
const LONGEST_WAIT_MS = 10_000;
/** How long the browser may keep the idle callback waiting for a quiet moment. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Resolves once the first screen is usable: the page has loaded, a screen heading stands in
 * the main area (every screen starts with one; "Laden…" has none), and the browser had an
 * idle moment. The service worker registers only then: its install downloads the whole app
 * for offline use, and on a slow connection that must not compete with the first screen.
 * After LONGEST_WAIT_MS it resolves anyway.
 */
export function whenFirstScreenUsable(): Promise<void> {
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  const shown = new Promise<void>((resolve) => {
    const hasHeading = () => document.querySelector('#main h1') !== null;
    if (hasHeading()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!hasHeading()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const usable = Promise.all([loaded, shown]).then(afterIdle);
  const giveUp = new Promise<void>((resolve) => window.setTimeout(resolve, LONGEST_WAIT_MS));
  return Promise.race([usable, giveUp]);
}

function afterIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) {
      window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    } else {
      // Safari: no idle callback; the next task after a frame is close enough.
      requestAnimationFrame(() => window.setTimeout(resolve, 0));
    }
  });
}
