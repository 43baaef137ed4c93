import { useEffect, useState } from 'preact/hooks';

/**
 * The browser's own idea of being online. It only tells that there is *a* network, not that
 * the server is reachable; sync decides that by trying. Good enough to tell the user.
 */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
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
