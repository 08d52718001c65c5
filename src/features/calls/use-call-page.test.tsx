import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { createCallQueries } from '@/lib/call-log/call-log';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import { createQueryClient } from '@/lib/query-client';
import { createRequestLimit } from '@/lib/request-limit';
import { sendJson, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { useCallPage } from './use-call-page';

const ANSWERED: CallLogQuery = {
  page: 1,
  limit: 10,
  sort: { field: 'started_at', direction: 'desc' },
  filters: { outcome: 'answered' },
};
const NO_ANSWER: CallLogQuery = { ...ANSWERED, filters: { outcome: 'no-answer' } };

let server: TestServer;
let handler: TestHandler;

beforeEach(async () => {
  handler = (request, response) => {
    const outcome = request.url.searchParams.get('filters[outcome]') ?? 'any';
    sendJson(response, 200, {
      data: [{ _id: `${outcome}-1` }],
      pagination: { total: 1, page: 1, limit: 10, pages: 1, next: null },
    });
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
});

afterEach(async () => {
  await server.close();
});

function renderCallPage() {
  const queries = createCallQueries(
    createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) }).get,
  );
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(({ query }) => useCallPage(query, queries), {
    wrapper,
    initialProps: { query: ANSWERED },
  });
}

const rowIds = (page: { rows: { _id: string }[] } | undefined) => page?.rows.map((row) => row._id);

describe('useCallPage', () => {
  it('shows each view’s own rows once they arrive', async () => {
    const { result, rerender } = renderCallPage();
    await waitFor(() => {
      expect(rowIds(result.current.shown)).toEqual(['answered-1']);
    });
    rerender({ query: NO_ANSWER });
    await waitFor(() => {
      expect(result.current.pageQuery.isPlaceholderData).toBe(false);
    });
    expect(rowIds(result.current.shown)).toEqual(['no-answer-1']);
  });

  it('keeps the rows on screen when the next view is refused because the session ended', async () => {
    const { result, rerender } = renderCallPage();
    await waitFor(() => {
      expect(rowIds(result.current.shown)).toEqual(['answered-1']);
    });

    handler = (_request, response) => {
      sendJson(response, 401, { statusCode: 401, error: 'Unauthorized', signInUrl: '/auth/login' });
    };
    rerender({ query: NO_ANSWER });
    await waitFor(() => {
      expect(result.current.pageQuery.status).toBe('error');
    });
    expect(result.current.pageQuery.error).toMatchObject({ kind: 'session-ended' });
    expect(rowIds(result.current.shown)).toEqual(['answered-1']);
  });

  it('does not stand old rows in for a view that failed for another reason', async () => {
    const { result, rerender } = renderCallPage();
    await waitFor(() => {
      expect(rowIds(result.current.shown)).toEqual(['answered-1']);
    });

    handler = (_request, response) => {
      sendJson(response, 400, { statusCode: 400, message: 'bad filter' });
    };
    rerender({ query: NO_ANSWER });
    await waitFor(() => {
      expect(result.current.pageQuery.status).toBe('error');
    });
    expect(result.current.shown).toBeUndefined();
  });
});
