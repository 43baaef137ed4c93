import type { ComponentChildren, ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorBoundary } from 'preact-iso/lazy';

export type ProblemView = ComponentType<{ error: unknown; onRetry: () => void; opening?: boolean }>;

/** Its words, layout and sorting of errors load only when needed (first-screen size budget). */
export const loadProblemView = (): Promise<ProblemView> =>
  import('./DeviceProblem.tsx').then((m) => m.default);

/**
 * Catches what a screen throws while it renders (a failed live query: useLive throws it) and
 * shows it in words with what to do (DeviceProblem), never an empty page. Following a link
 * (`resetKey`, the address) or "Opnieuw proberen" gives the screen a fresh start. `quiet`:
 * a part beside the screen (the sync line) that then shows nothing; the screen says it.
 */
export function DeviceErrorBoundary({
  resetKey,
  quiet,
  children,
}: {
  resetKey: string;
  quiet?: boolean;
  children: ComponentChildren;
}) {
  const [failed, setFailed] = useState<{ error: unknown; at: string }>();
  const [View, setView] = useState<ProblemView>();
  if (failed?.at === resetKey) {
    return View && !quiet ? <View error={failed.error} onRetry={() => setFailed(undefined)} /> : null;
  }
  return (
    <ErrorBoundary
      onError={(error: unknown) => {
        setFailed({ error, at: resetKey });
        void loadProblemView().then((loaded) => setView(() => loaded));
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
