import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { createRequestLimit } from '@/lib/request-limit';
import { describe, expect, it } from 'vitest';
import { createCallQueries } from '@/lib/call-log/call-log';
import type { ApiGet } from '@/lib/api-client';
import { limitGet } from './chart-count-queries';

interface PendingRequest {
  params: URLSearchParams | undefined;
  signal: AbortSignal | undefined;
  answer: (total: number) => void;
}

/** A fake `get` whose requests wait until the test answers them. */
function controllableGet() {
  const pending: PendingRequest[] = [];
  const get: ApiGet = (_path, params, options) =>
    new Promise((resolve) => {
      pending.push({
        params,
        signal: options?.signal,
        answer: (total) => {
          resolve({ data: [], pagination: { total, page: 1, limit: 1 } });
        },
      });
    });
  return { get, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('limitGet', () => {
  it('lets at most the limit through at once, in order', async () => {
    const { get, pending } = controllableGet();
    const limited = limitGet(get, createRequestLimit(2));
    const results = [1, 2, 3].map((n) => limited(`v1/${String(n)}`));
    await settle();
    expect(pending).toHaveLength(2);
    pending[0]?.answer(1);
    await settle();
    expect(pending).toHaveLength(3);
    pending[1]?.answer(2);
    pending[2]?.answer(3);
    await expect(Promise.all(results)).resolves.toHaveLength(3);
  });

  it('never sends a request cancelled while it waited for a slot', async () => {
    const { get, pending } = controllableGet();
    const limited = limitGet(get, createRequestLimit(1));
    const first = limited('v1/a');
    const controller = new AbortController();
    const second = limited('v1/b', undefined, { signal: controller.signal });
    controller.abort();
    await settle();
    pending[0]?.answer(1);
    await first;
    await expect(second).rejects.toBe(controller.signal.reason);
    expect(pending).toHaveLength(1);
  });
});

describe('chart count queries', () => {
  it('abort the counts in flight when the filters change', async () => {
    const { get, pending } = controllableGet();
    const queries = createCallQueries(limitGet(get, createRequestLimit(4)));
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const observer = new QueryObserver(queryClient, queries.count({ outcome: 'answered' }));
    const unsubscribe = observer.subscribe(() => undefined);
    await settle();
    expect(pending[0]?.params?.get('filters[outcome]')).toBe('answered');

    observer.setOptions(queries.count({ outcome: 'cancelled' }));
    await settle();
    expect(pending[0]?.signal?.aborted).toBe(true);
    expect(pending[1]?.params?.get('filters[outcome]')).toBe('cancelled');
    expect(pending[1]?.signal?.aborted).toBe(false);
    pending[1]?.answer(7);
    await settle();
    expect(observer.getCurrentResult().data).toBe(7);
    unsubscribe();
  });
});
