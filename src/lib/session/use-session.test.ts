import { describe, expect, it } from 'vitest';
import { toSessionView } from './use-session';

describe('toSessionView', () => {
  it('without sign-in: no user, and everyone is a manager, as before sign-in existed', () => {
    expect(toSessionView({ authMode: 'none' })).toEqual({
      authMode: 'none',
      user: null,
      signOut: null,
      role: 'manager',
    });
  });

  it('a signed-in rep: the user, the sign-out, and the role from the user', () => {
    const user = { email: 'dana@example.com', name: null, role: 'rep', userId: 'u1' } as const;
    const signOut = { method: 'GET', url: '/auth/logout' } as const;
    expect(toSessionView({ authMode: 'header', user, signOut })).toEqual({
      authMode: 'header',
      user,
      signOut,
      role: 'rep',
    });
  });

  it('a signed-in manager is a manager', () => {
    const user = { email: 'mia@example.com', name: 'Mia', role: 'manager' } as const;
    expect(toSessionView({ authMode: 'oidc', user, signOut: null }).role).toBe('manager');
  });

  it.each([
    ['not read yet', undefined],
    ['unreadable', { authMode: 'unknown' } as const],
  ])('%s: no user and no role, so nothing changes', (_case, session) => {
    expect(toSessionView(session)).toEqual({
      authMode: 'unknown',
      user: null,
      signOut: null,
      role: undefined,
    });
  });
});
