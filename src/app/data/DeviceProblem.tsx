import { deviceProblemOf } from '../../db/device-errors.ts';
import { Alert } from '../components/nlds/Alert.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { useScreenTitle } from '../hooks/useScreenTitle.ts';
import { useSyncText } from '../i18n/sync-text.ts';

/**
 * What went wrong with the device's own storage, in words, with what to do: shown instead of
 * the screen (never a blank page), as a network failure is. Loaded only when needed (the
 * first screen's code has a size budget).
 */
export default function DeviceProblem({
  error,
  onRetry,
  opening,
}: {
  error: unknown;
  onRetry: () => void;
  /** The database itself would not open: any failure then reads as "cannot open". */
  opening?: boolean;
}) {
  const { st } = useSyncText();
  const found = deviceProblemOf(error);
  const kind = opening && found === 'cannot-read' ? 'cannot-open' : found;
  const title = st(`sync.device.${kind}.title`);
  useScreenTitle(title);
  return (
    <section class="screen" aria-labelledby="screen-title" data-testid="device-problem">
      <Alert type="error" role="alert" labelledBy="screen-title">
        <Heading level={1} id="screen-title" tabIndex={-1}>
          {title}
        </Heading>
        <p>{st(`sync.device.${kind}.text`)}</p>
        <p>{st(`sync.device.${kind}.next`)}</p>
        <Button type="button" appearance="primary" onClick={onRetry}>
          {st('sync.device.retry')}
        </Button>
      </Alert>
    </section>
  );
}
