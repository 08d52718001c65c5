import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallsLoader } from './calls-loader';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createCallsLoader', () => {
  it('starts the call-log request of the URL at once, and returns without waiting for it', async () => {
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
    const loader = createCallsLoader(queryClient);
    const request = new Request(
      'http://localhost/?filters[outcome]=answered&call=abc&page=2&junk=1',
    );

    expect(loader({ request } as LoaderFunctionArgs)).toBeNull();

    await vi.waitFor(() => {
      expect(requested.some((url) => url.includes('/api/v1/call-log?'))).toBe(true);
    });
    const [page] = queryClient.getQueryCache().findAll({ queryKey: ['calls', 'page'] });
    expect(page?.queryKey[2]).toMatchObject({ page: 2, filters: { outcome: 'answered' } });
  });
});
