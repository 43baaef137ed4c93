/**
 * A reason the server cannot start that the person starting it can fix. main.ts prints the
 * message as one line and exits with a non-zero code, without a stack trace.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined;
  }
  return undefined;
}
