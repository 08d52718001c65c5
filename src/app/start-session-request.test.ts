import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { createRequestLimit } from '@/lib/request-limit';
import { sessionQuery } from '@/lib/session/session-query';
import { startTestServer } from '@/lib/testing/test-server';
import type { TestServer } from '@/lib/testing/test-server';
import { startCallsRequests } from './start-calls-requests';
import { startSessionRequest } from './start-session-request';

let server: TestServer;

beforeEach(async () => {
  // Never answers: every request must be on the wire before any could have finished.
  server = await startTestServer(() => undefined);
});

afterEach(async () => {
  await server.close();
});

describe('startSessionRequest', () => {
  it('asks who is signed in alongside the first calls requests, under the key the app reads', async () => {
    const { get } = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(6) });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

    startSessionRequest(queryClient, get);
    startCallsRequests(queryClient, '', get);

    await server.whenRequests(3);
    expect(server.requests.map((request) => request.url.pathname).sort()).toEqual([
      '/api/session',
      '/api/v1/call-log',
      '/api/v1/dispositions',
    ]);
    const session = queryClient.getQueryCache().find({ queryKey: sessionQuery().queryKey });
    expect(session?.state.fetchStatus).toBe('fetching');
  });
});
