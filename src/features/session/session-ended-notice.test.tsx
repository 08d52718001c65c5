import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { createRequestLimit } from '@/lib/request-limit';
import { sendJson, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { SessionEndedNotice } from './session-ended-notice';

const URL_NOW = '/team?start_date=2026-01-01T05:00:00.000Z&disposition_ids[]=1';

let server: TestServer;
let handler: TestHandler;
let get: ApiGet;

beforeEach(async () => {
  handler = (_request, response) => {
    sendJson(response, 200, { name: 'Dana Kim' });
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
  get = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) }).get;
});

afterEach(async () => {
  await server.close();
});

/** Some data on screen, as any view shows it, and a way to ask for it again. */
function Probe() {
  const { data, error, refetch } = useQuery({
    queryKey: ['probe'],
    queryFn: async ({ signal }) => {
      const body = await get('v1/team', undefined, { signal });
      return typeof body === 'object' && body !== null && 'name' in body ? String(body.name) : '';
    },
  });
  return (
    <>
      <p>Shown: {data ?? 'nothing yet'}</p>
      {error ? <p>Failed: {error.message}</p> : null}
      <button type="button" onClick={() => void refetch()}>
        Refresh
      </button>
    </>
  );
}

function renderApp() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[URL_NOW]}>
        <SessionEndedNotice />
        <Probe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const endSession = (signInUrl: string | null) => {
  handler = (_request, response) => {
    sendJson(response, 401, {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'The session has ended',
      signInUrl,
    });
  };
};

describe('SessionEndedNotice', () => {
  it('says nothing while requests are answered', async () => {
    renderApp();
    await screen.findByText('Shown: Dana Kim');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('once a request is refused, says so app-wide with a way back to this view, and keeps the data', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Shown: Dana Kim');

    endSession('/auth/login');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Your session has ended');
    const link = screen.getByRole('link', { name: 'Sign in again' });
    expect(link.getAttribute('href')).toBe(`/auth/login?return_to=${encodeURIComponent(URL_NOW)}`);
    // What loaded before stays on screen; the refused request was not retried.
    expect(screen.getByText(/^Shown:/).textContent).toBe('Shown: Dana Kim');
    expect(server.requests).toHaveLength(2);
  });

  it('without a sign-in address (sign-in outside the app), tells the user to reload through it', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Shown: Dana Kim');

    endSession(null);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Your session has ended');
    expect(notice.textContent).toContain('Reload the page through your company’s sign-in');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('is not shown for the upstream’s own 401 (a rejected API key)', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByText('Shown: Dana Kim');

    handler = (_request, response) => {
      sendJson(response, 401, { statusCode: 401, message: 'Invalid API key' });
    };
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByText(/^Failed: The dashboard could not sign in to Salesfinity/);
    expect(screen.getByText(/^Shown:/).textContent).toBe('Shown: Dana Kim');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
