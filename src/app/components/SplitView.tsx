import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** From this width a list and the chosen record fit side by side. */
const WIDE = '(min-width: 1024px)';

function useWide(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const changed = () => setWide(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return wide;
}

/**
 * On a laptop the list a record was chosen from stays beside it (the list is rendered only
 * there: a phone reads no list it does not show). The record's own screen comes first in the
 * reading order's landmarks: the list is a navigation landmark named by `label`.
 */
export function SplitView({
  label,
  list,
  children,
}: {
  label: string;
  list: () => ComponentChildren;
  children: ComponentChildren;
}) {
  if (!useWide()) return <>{children}</>;
  return (
    <div class="split">
      <div class="split-detail">{children}</div>
      <nav class="split-list" aria-label={label}>
        {list()}
      </nav>
    </div>
  );
}
