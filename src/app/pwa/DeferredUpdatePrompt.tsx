import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenFirstScreenUsable } from './first-screen.ts';

/**
 * The update prompt, and with it the service worker's registration (useAppUpdate.ts), start
 * only once the first screen is usable (first-screen.ts). Its code loads then too, so it is
 * no part of the first screen's JavaScript.
 */
export function DeferredUpdatePrompt() {
  const [Prompt, setPrompt] = useState<ComponentType | null>(null);
  useEffect(() => {
    let unmounted = false;
    whenFirstScreenUsable()
      .then(() => import('./UpdatePrompt.tsx'))
      .then(({ UpdatePrompt }) => {
        if (!unmounted) setPrompt(() => UpdatePrompt);
      })
      // Could not load (the connection dropped): the next visit registers the worker.
      .catch(() => undefined);
    return () => {
      unmounted = true;
    };
  }, []);
  return Prompt ? <Prompt /> : null;
}
