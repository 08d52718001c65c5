import { describe, expect, it } from 'vitest';
import type { CallPage } from '@/features/calls/api/call-log';
import type { CallLogQuery } from '@/features/calls/url-state/call-log-query';
import { ApiError } from '@/lib/api-client';
import { ExportIncompleteError, runExport } from './run-export';
import type { ExportProgress } from './run-export';

const query: Pick<CallLogQuery, 'filters' | 'sort'> = {
  filters: { outcome: 'answered' },
  sort: { field: 'started_at', direction: 'desc' },
};

/** A fake service over `total` calls with ids c1…cN. */
function pagesOf(total: number) {
  const requested: CallLogQuery[] = [];
  const fetchPage = (request: CallLogQuery, _signal?: AbortSignal): Promise<CallPage> => {
    requested.push(request);
    const from = (request.page - 1) * request.limit;
    const count = Math.max(0, Math.min(request.limit, total - from));
    const rows = Array.from({ length: count }, (_, index) => ({ _id: `c${from + index + 1}` }));
    const pages = Math.ceil(total / request.limit);
    return Promise.resolve({
      rows,
      droppedRows: 0,
      total,
      page: request.page,
      limit: request.limit,
      pages,
      next: request.page < pages ? request.page + 1 : null,
    });
  };
  return { requested, fetchPage };
}

const noSleep = () => Promise.resolve();

describe('runExport', () => {
  it('reads every page at limit 100 with the view’s filters and keeps the order', async () => {
    const service = pagesOf(250);
    const progress: ExportProgress[] = [];
    const result = await runExport({
      query,
      toRecord: (call) => [call._id],
      signal: new AbortController().signal,
      onProgress: (step) => progress.push(step),
      fetchPage: service.fetchPage,
    });
    expect(result.total).toBe(250);
    expect(result.records.map((record) => record[0])).toEqual(
      Array.from({ length: 250 }, (_, index) => `c${index + 1}`),
    );
    expect(service.requested.map((request) => request.page).sort()).toEqual([1, 2, 3]);
    expect(service.requested.every((request) => request.limit === 100)).toBe(true);
    expect(service.requested[0]?.filters).toEqual(query.filters);
    expect(progress.at(0)).toEqual({ fetched: 0, total: null });
    expect(progress.at(-1)).toEqual({ fetched: 250, total: 250 });
  });

  it('retries a page that failed the way queries retry, then succeeds', async () => {
    const service = pagesOf(150);
    let failures = 0;
    const delays: number[] = [];
    const result = await runExport({
      query,
      toRecord: (call) => [call._id],
      signal: new AbortController().signal,
      fetchPage: (request, signal) => {
        if (request.page === 2 && failures < 2) {
          failures += 1;
          return Promise.reject(new ApiError({ kind: 'server', status: 500 }));
        }
        return service.fetchPage(request, signal);
      },
      sleep: (ms) => {
        delays.push(ms);
        return Promise.resolve();
      },
    });
    expect(result.records).toHaveLength(150);
    expect(delays).toHaveLength(2);
  });

  it('fails, without records, when a page keeps failing or cannot succeed', async () => {
    const service = pagesOf(300);
    const run = (error: ApiError) =>
      runExport({
        query,
        toRecord: (call) => [call._id],
        signal: new AbortController().signal,
        fetchPage: (request, signal) =>
          request.page === 3 ? Promise.reject(error) : service.fetchPage(request, signal),
        sleep: noSleep,
      });
    await expect(run(new ApiError({ kind: 'server', status: 503 }))).rejects.toMatchObject({
      kind: 'server',
    });
    await expect(run(new ApiError({ kind: 'bad-request', status: 400 }))).rejects.toMatchObject({
      kind: 'bad-request',
    });
  });

  it('refuses a set that changed between pages', async () => {
    const service = pagesOf(150);
    await expect(
      runExport({
        query,
        toRecord: (call) => [call._id],
        signal: new AbortController().signal,
        fetchPage: async (request, signal) => {
          const page = await service.fetchPage(request, signal);
          return request.page === 2 ? { ...page, total: 151 } : page;
        },
      }),
    ).rejects.toBeInstanceOf(ExportIncompleteError);

    await expect(
      runExport({
        query,
        toRecord: (call) => [call._id],
        signal: new AbortController().signal,
        fetchPage: async (request, signal) => {
          const page = await service.fetchPage(request, signal);
          // Page 2 repeats the last call of page 1: the set moved by one.
          return request.page === 2
            ? { ...page, rows: [{ _id: 'c100' }, ...page.rows.slice(1)] }
            : page;
        },
      }),
    ).rejects.toBeInstanceOf(ExportIncompleteError);
  });

  it('stops asking once cancelled and rejects with the reason', async () => {
    const service = pagesOf(1_000);
    const controller = new AbortController();
    const reason = new DOMException('Cancelled', 'AbortError');
    const promise = runExport({
      query,
      toRecord: (call) => [call._id],
      signal: controller.signal,
      fetchPage: (request, signal) => {
        if (request.page === 3) controller.abort(reason);
        signal.throwIfAborted();
        return service.fetchPage(request, signal);
      },
    });
    await expect(promise).rejects.toBe(reason);
    expect(Math.max(...service.requested.map((request) => request.page))).toBeLessThanOrEqual(3);
  });
});
