import { Alert } from '../nlds/Alert.tsx';

/**
 * The answer to a whole form (sent, refused, no connection). role=alert so that it is read
 * out at once; it stays until the next attempt.
 */
export function FormMessage({
  text,
  kind,
}: {
  text: string | undefined;
  kind: 'error' | 'success';
}) {
  if (!text) return null;
  return (
    <Alert type={kind === 'error' ? 'error' : 'ok'} role={kind === 'error' ? 'alert' : 'status'}>
      {text}
    </Alert>
  );
}
