import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { createRequestLimit } from '@/lib/request-limit';
import { startTestServer } from '@/lib/testing/test-server';
import type { TestServer } from '@/lib/testing/test-server';
import { startCallsRequests } from './start-calls-requests';

let server: TestServer;

beforeEach(async () => {
  // Never answers: both requests must be on the wire before either could have finished.
  server = await startTestServer(() => undefined);
});

afterEach(async () => {
  await server.close();
});

describe('startCallsRequests', () => {
  it("starts the URL's call-log and dispositions requests at once, without waiting for them", async () => {
    const { get } = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(6) });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

    startCallsRequests(queryClient, '?filters[outcome]=answered&call=abc&page=2&junk=1', get);

    await server.whenRequests(2);
    const byPath = new Map(server.requests.map((request) => [request.url.pathname, request.url]));
    expect([...byPath.keys()].sort()).toEqual(['/api/v1/call-log', '/api/v1/dispositions']);
    // The request the page will ask for: the open call and the junk are not part of it.
    const callLog = byPath.get('/api/v1/call-log');
    expect(callLog?.searchParams.get('page')).toBe('2');
    expect(callLog?.searchParams.get('filters[outcome]')).toBe('answered');
    expect(callLog?.searchParams.has('junk')).toBe(false);
    expect(callLog?.searchParams.has('call')).toBe(false);
    // Under the key the page reads, so it finds the request already under way.
    const [page] = queryClient.getQueryCache().findAll({ queryKey: ['calls', 'page'] });
    expect(page?.queryKey[2]).toMatchObject({ page: 2, filters: { outcome: 'answered' } });
    expect(page?.state.fetchStatus).toBe('fetching');
  });
});
