import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionQuery } from '@/lib/session/session-query';
import type { Session } from '@/lib/session/session-schema';
import { SignedInUser } from './signed-in-user';

function renderWithSession(session: Session) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  queryClient.setQueryData(sessionQuery().queryKey, session);
  return render(
    <QueryClientProvider client={queryClient}>
      <SignedInUser />
    </QueryClientProvider>,
  );
}

const signedIn = () => screen.getByRole('group', { name: 'Signed in' });

describe('SignedInUser', () => {
  it('shows the email of a user without a name, and the role', () => {
    renderWithSession({
      authMode: 'header',
      user: { email: 'dana@example.com', name: null, role: 'rep', userId: 'u1' },
      signOut: null,
    });
    expect(signedIn().textContent).toBe('Signed in as dana@example.comRep');
    // Header mode without a sign-out address: nothing to click.
    expect(within(signedIn()).queryByRole('button')).toBeNull();
    expect(within(signedIn()).queryByRole('link')).toBeNull();
  });

  it('shows the name when there is one, the email on hover, and signs out with a form POST', () => {
    renderWithSession({
      authMode: 'oidc',
      user: { email: 'mia@example.com', name: 'Mia Chen', role: 'manager' },
      signOut: { method: 'POST', url: '/auth/logout' },
    });
    expect(signedIn().textContent).toBe('Signed in as Mia ChenManagerSign out');
    expect(screen.getByText('Mia Chen').getAttribute('title')).toBe('mia@example.com');

    const button = within(signedIn()).getByRole('button', { name: 'Sign out' });
    expect(button.getAttribute('type')).toBe('submit');
    const form = button.closest('form');
    expect(form?.method).toBe('post');
    expect(form?.getAttribute('action')).toBe('/auth/logout');
  });

  it('signs out with a plain link when the server says GET', () => {
    renderWithSession({
      authMode: 'oidc',
      user: { email: 'mia@example.com', name: 'Mia Chen', role: 'manager' },
      signOut: { method: 'GET', url: 'https://idp.example.com/logout' },
    });
    const link = within(signedIn()).getByRole('link', { name: 'Sign out' });
    expect(link.getAttribute('href')).toBe('https://idp.example.com/logout');
    expect(link.closest('form')).toBeNull();
  });

  it.each<[string, Session]>([
    ['without sign-in', { authMode: 'none' }],
    ['when the session could not be read', { authMode: 'unknown' }],
  ])('shows nothing %s', (_case, session) => {
    const { container } = renderWithSession(session);
    expect(container.textContent).toBe('');
  });
});
