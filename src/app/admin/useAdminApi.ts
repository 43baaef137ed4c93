import { useMemo } from 'preact/hooks';
import { AdminApi } from '../../sync/admin-api.ts';
import { useAuth } from '../auth/auth-context.tsx';

export function useAdminApi(): AdminApi {
  const { client } = useAuth();
  return useMemo(() => new AdminApi(client), [client]);
}
