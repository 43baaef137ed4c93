import { useEffect, useState } from 'preact/hooks';

/**
 * The browser's own idea of being online. It only tells that there is *a* network, not that
 * the server is reachable; sync decides that by trying. Good enough to tell the user.
 */
export function useOnline(): boolean {
  // Online unless a browser says otherwise: the first screen is rendered at build time, where
  // there is no navigator (src/build/prerender-first-screen.ts).
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
