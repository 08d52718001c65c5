import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes } from './app-routes';
import { RouteErrorBoundary } from './route-error';

describe('AppRoutes', () => {
  it('tells the user when an address has no page, with a way back', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/no-such-page']}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('There is no page at this address.');
    expect(screen.getByRole('link', { name: 'Back to the call log' }).getAttribute('href')).toBe(
      '/',
    );
  });
});

function Exploding(): never {
  throw new Error('the view broke');
}

function Page({ explode }: { explode: boolean }) {
  const navigate = useNavigate();
  return explode ? (
    <Exploding />
  ) : (
    <button type="button" onClick={() => void navigate('/')}>
      fine
    </button>
  );
}

describe('RouteErrorBoundary', () => {
  it('shows what broke instead of a blank page, and renders again at another address', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Harness() {
      const [key, setKey] = useState('/a');
      return (
        <>
          <button
            type="button"
            onClick={() => {
              setKey('/b');
            }}
          >
            elsewhere
          </button>
          <RouteErrorBoundary resetKey={key}>
            <Page explode={key === '/a'} />
          </RouteErrorBoundary>
        </>
      );
    }
    render(
      <MemoryRouter>
        <Routes>
          <Route path="*" element={<Harness />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Something went wrong while showing this page.the view broke' + 'Back to the call log',
    );
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // The page itself is back: the harness's button and the page's own.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'elsewhere',
      'fine',
    ]);
  });
});
