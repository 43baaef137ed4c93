import { useState } from 'preact/hooks';
import { useFailureText } from '../auth/useFailureText.ts';

/**
 * Runs a change on the server from a beheer screen: clears the last failure, runs the work,
 * then `afterSuccess` (usually reloading the list); a failure becomes words for the screen.
 */
export function useServerAction(afterSuccess: () => void): {
  failure: string | undefined;
  act: (work: () => Promise<unknown>) => Promise<void>;
} {
  const failureText = useFailureText();
  const [failure, setFailure] = useState<string>();
  const act = async (work: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await work();
      afterSuccess();
    } catch (error) {
      setFailure(failureText(error));
    }
  };
  return { failure, act };
}
