import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { AuthClient, AuthState } from '../../sync/auth-client.ts';

interface Auth {
  client: AuthClient;
  state: AuthState;
}

const AuthContext = createContext<Auth | undefined>(undefined);

export function AuthProvider({
  client,
  children,
}: {
  client: AuthClient;
  children: ComponentChildren;
}) {
  const [state, setState] = useState<AuthState>(client.current);
  useEffect(() => client.subscribe(setState), [client]);
  return <AuthContext.Provider value={{ client, state }}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
