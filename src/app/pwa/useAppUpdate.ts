import { useEffect, useRef } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { checkForUpdatesOnResume } from './update-checks.ts';

export interface AppUpdate {
  /** A new version is installed and waits for the user. */
  updateWaiting: boolean;
  /** The app shell is cached: from now on it opens without a network. */
  offlineReady: boolean;
  /** The user chose "Vernieuwen": activate the new version and reload this tab. */
  apply: () => Promise<void>;
  /** The user chose "Later". */
  postpone: () => void;
}

/**
 * Registers the service worker and tracks updates. Nothing reloads on its own: only the tab
 * where the user chose "Vernieuwen" reloads. A tab where another tab applied the update is
 * asked again instead, because it may hold a half-typed form.
 *
 * We follow `controllerchange` ourselves rather than the plugin's reload: the plugin reloads
 * only tabs that were already controlled when they registered, so a tab opened on the very
 * first visit would never reload after "Vernieuwen".
 */
export function useAppUpdate(): AppUpdate {
  const appliedHere = useRef(false);
  const {
    needRefresh: [updateWaiting, setUpdateWaiting],
    offlineReady: [offlineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) checkForUpdatesOnResume(registration);
    },
    // Present so that the plugin does not reload by itself; the effect below decides.
    onNeedReload: () => undefined,
  });

  useEffect(() => {
    const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    if (!container) return undefined;
    let hadController = container.controller !== null;
    const onControllerChange = () => {
      if (appliedHere.current) window.location.reload();
      // The first install claiming this tab is no update; a later change came from another tab.
      else if (hadController) setUpdateWaiting(true);
      hadController = true;
    };
    container.addEventListener('controllerchange', onControllerChange);
    return () => container.removeEventListener('controllerchange', onControllerChange);
  }, [setUpdateWaiting]);

  const apply = async () => {
    appliedHere.current = true;
    const registration = await navigator.serviceWorker.getRegistration();
    // A waiting worker takes over after SKIP_WAITING and 'controllerchange' reloads this tab.
    // Without one, another tab applied the update already: this tab only has to reload.
    if (registration?.waiting) await updateServiceWorker();
    else window.location.reload();
  };

  return { updateWaiting, offlineReady, apply, postpone: () => setUpdateWaiting(false) };
}
