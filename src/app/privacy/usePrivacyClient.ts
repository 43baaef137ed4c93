import { useMemo } from 'preact/hooks';
import { PrivacyClient } from '../../sync/privacy-client.ts';
import { useAuth } from '../auth/auth-context.tsx';

export function usePrivacyClient(): PrivacyClient {
  const { client } = useAuth();
  return useMemo(() => new PrivacyClient(client), [client]);
}
