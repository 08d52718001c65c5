import { useQuery } from '@tanstack/react-query';
import { sessionEndedQuery, sessionQuery } from './session-query';
import type { AuthMode, Role, Session, SessionEnded, SessionUser, SignOut } from './session-schema';

export interface SessionView {
  /** 'unknown' until the session is read, and when it cannot be. */
  authMode: AuthMode | 'unknown';
  user: SessionUser | null;
  signOut: SignOut | null;
  /**
   * 'manager' without sign-in, where everyone sees everything as before; undefined while unknown,
   * which changes nothing either (the proxy decides what anyone can read).
   */
  role: Role | undefined;
}

export function toSessionView(session: Session | undefined): SessionView {
  if (session === undefined || session.authMode === 'unknown') {
    return { authMode: 'unknown', user: null, signOut: null, role: undefined };
  }
  if (session.authMode === 'none') {
    return { authMode: 'none', user: null, signOut: null, role: 'manager' };
  }
  const { authMode, user, signOut } = session;
  return { authMode, user, signOut, role: user.role };
}

/** Who is signed in, from the session query (its last answer stays once the session has ended). */
export function useSession(): SessionView {
  const { data } = useQuery(sessionQuery());
  return toSessionView(data);
}

/** Set once a request was refused because the session ended; null until then. */
export function useSessionEnded(): SessionEnded | null {
  const { data } = useQuery(sessionEndedQuery());
  return data ?? null;
}
