import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCallsRequests } from './start-calls-requests';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startCallsRequests', () => {
  it("starts the URL's call-log and dispositions requests at once, without waiting for them", async () => {
    const requested: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => {
        requested.push(
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        );
        return new Promise<Response>(() => undefined);
      }),
    );
    const queryClient = new QueryClient();

    startCallsRequests(queryClient, '?filters[outcome]=answered&call=abc&page=2&junk=1');

    await vi.waitFor(() => {
      expect(requested.some((url) => url.includes('/api/v1/call-log?'))).toBe(true);
      expect(requested.some((url) => url.includes('/api/v1/dispositions'))).toBe(true);
    });
    const [page] = queryClient.getQueryCache().findAll({ queryKey: ['calls', 'page'] });
    // The request the page will ask for: the open call and the junk are not part of it.
    expect(page?.queryKey[2]).toMatchObject({ page: 2, filters: { outcome: 'answered' } });
    expect(requested.find((url) => url.includes('/api/v1/call-log?'))).not.toContain('junk');
  });
});
