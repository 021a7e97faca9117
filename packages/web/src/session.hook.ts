import { useCallback, useEffect, useState } from 'react';
import { fetchCurrentUser, login, logout, type SessionUser } from './api.client.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: SessionUser };

export interface Session {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

/** Owns who is logged in: restores an existing session on load, then follows login and logout. */
export function useSession(): Session {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    fetchCurrentUser()
      .then((user) => {
        if (!cancelled) setState(user ? { status: 'authenticated', user } : { status: 'anonymous' });
      })
      // An unreachable or failing API must still leave the user a way in, so fall back to the login form.
      .catch(() => {
        if (!cancelled) setState({ status: 'anonymous' });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const user = await login(email, password);
    setState({ status: 'authenticated', user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      // Even if the server call failed, forget the user locally: the screen must never claim a session
      // the user asked to end.
      setState({ status: 'anonymous' });
    }
  }, []);

  return { state, signIn, signOut };
}
