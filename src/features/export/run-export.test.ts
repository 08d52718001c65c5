import { QueryObserver } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCallQueries } from '@/lib/call-log/call-log';
import type { CallQueries } from '@/lib/call-log/call-log';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import { createApiClient } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { createQueryClient, MAX_RETRIES } from '@/lib/query-client';
import { createRequestLimit } from '@/lib/request-limit';
import { sendJson, startTestServer } from '@/lib/testing/test-server';
import type { SeenRequest, TestHandler, TestServer } from '@/lib/testing/test-server';
import { ExportIncompleteError, runExport } from './run-export';
import type { ExportProgress, RunExportOptions } from './run-export';

const query: Pick<CallLogQuery, 'filters' | 'sort'> = {
  filters: { outcome: 'answered' },
  sort: { field: 'started_at', direction: 'desc' },
};

/** The app's request limit, so the test sees the queue the app has. */
const CONCURRENCY = 6;

/** Page `page` of a set of `total` calls with ids c1…cN, as the service sends it. */
function pageBody(total: number, page: number, limit: number) {
  const from = (page - 1) * limit;
  const count = Math.max(0, Math.min(limit, total - from));
  const pages = Math.ceil(total / limit);
  return {
    data: Array.from({ length: count }, (_, index) => ({ _id: `c${from + index + 1}` })),
    pagination: { total, page, limit, pages, next: page < pages ? page + 1 : null },
  };
}

const pageOf = (request: SeenRequest) => Number(request.url.searchParams.get('page'));
const isCallLog = (request: SeenRequest) => request.url.pathname === '/api/v1/call-log';

let server: TestServer;
let handler: TestHandler;
let get: ApiGet;
let queries: CallQueries;
let queryClient: QueryClient;

beforeEach(async () => {
  handler = (_request, response) => {
    sendJson(response, 404, { statusCode: 404, message: 'Not Found' });
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
  get = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(CONCURRENCY) }).get;
  queries = createCallQueries(get);
  // The app's client: its defaults are the retry policy under test.
  queryClient = createQueryClient();
});

afterEach(async () => {
  queryClient.clear();
  await server.close();
});

/** Serves a set of `total` calls; `answer` may answer a request itself and return true. */
function serve(
  total: number,
  answer?: (request: SeenRequest, response: ServerResponse) => boolean,
) {
  handler = (request, response) => {
    if (answer?.(request, response)) return;
    const { searchParams } = request.url;
    sendJson(response, 200, pageBody(total, pageOf(request), Number(searchParams.get('limit'))));
  };
}

const exportOf = (options: Partial<RunExportOptions> = {}) =>
  runExport({
    queryClient,
    queries,
    query,
    toRecord: (call) => [call._id],
    signal: new AbortController().signal,
    ...options,
  });

const pagesRequested = (since = 0) => server.requests.slice(since).filter(isCallLog).map(pageOf);

describe('runExport', () => {
  it('reads every page at limit 100 with the view’s filters and assembles them in page order', async () => {
    // Page 2 answers only after page 3 has: the records still come in page order.
    let heldPage2: ServerResponse | undefined;
    serve(250, (request, response) => {
      if (pageOf(request) === 2) {
        heldPage2 = response;
        return true;
      }
      if (pageOf(request) === 3) {
        sendJson(response, 200, pageBody(250, 3, 100));
        response.on('finish', () => {
          if (heldPage2) sendJson(heldPage2, 200, pageBody(250, 2, 100));
        });
        return true;
      }
      return false;
    });
    const progress: ExportProgress[] = [];
    const result = await exportOf({ onProgress: (step) => progress.push(step) });

    expect(result.total).toBe(250);
    expect(result.records.map((record) => record[0])).toEqual(
      Array.from({ length: 250 }, (_, index) => `c${index + 1}`),
    );
    expect(pagesRequested().sort()).toEqual([1, 2, 3]);
    for (const request of server.requests) {
      expect(request.url.searchParams.get('limit')).toBe('100');
      expect(request.url.searchParams.get('sort')).toBe('-started_at');
      expect(request.url.searchParams.get('filters[outcome]')).toBe('answered');
    }
    expect(progress.at(0)).toEqual({ fetched: 0, total: null });
    expect(progress.at(-1)).toEqual({ fetched: 250, total: 250 });
  });

  it('leaves no page of calls in the cache once the records are made', async () => {
    serve(250);
    await exportOf();
    await vi.waitFor(() => {
      expect(queryClient.getQueryCache().findAll({ queryKey: queries.all })).toEqual([]);
    });
  });

  it('retries a page that failed with a passing 5xx, as the table’s queries do', async () => {
    let failures = 0;
    serve(150, (request, response) => {
      if (pageOf(request) !== 2 || failures === 2) return false;
      failures += 1;
      // Retry-After: 0 keeps the test quick; the policy decides whether to retry at all.
      sendJson(response, 503, { message: 'busy' }, { 'retry-after': '0' });
      return true;
    });
    const result = await exportOf();
    expect(result.records).toHaveLength(150);
    expect(pagesRequested().filter((page) => page === 2)).toHaveLength(3);
  });

  it('gives up where the shared policy does: after its retries on a 5xx, at once on a 400', async () => {
    serve(300, (request, response) => {
      if (pageOf(request) !== 3) return false;
      sendJson(response, 503, { message: 'down' }, { 'retry-after': '0' });
      return true;
    });
    await expect(exportOf()).rejects.toMatchObject({ kind: 'server', status: 503 });
    expect(pagesRequested().filter((page) => page === 3)).toHaveLength(MAX_RETRIES + 1);

    const since = server.requests.length;
    serve(300, (request, response) => {
      if (pageOf(request) !== 3) return false;
      sendJson(response, 400, { message: 'limit must not be greater than 100' });
      return true;
    });
    await expect(exportOf()).rejects.toMatchObject({ kind: 'bad-request' });
    expect(pagesRequested(since).filter((page) => page === 3)).toHaveLength(1);
  });

  it('refuses a set that changed between pages', async () => {
    serve(150, (request, response) => {
      if (pageOf(request) !== 2) return false;
      sendJson(response, 200, pageBody(151, 2, 100));
      return true;
    });
    await expect(exportOf()).rejects.toBeInstanceOf(ExportIncompleteError);

    queryClient.clear();
    serve(150, (request, response) => {
      if (pageOf(request) !== 2) return false;
      // Page 2 repeats the last call of page 1: the set moved by one.
      const body = pageBody(150, 2, 100);
      sendJson(response, 200, { ...body, data: [{ _id: 'c100' }, ...body.data.slice(1)] });
      return true;
    });
    await expect(exportOf()).rejects.toBeInstanceOf(ExportIncompleteError);
  });

  it('on cancel, aborts the pages in flight and never sends the queued ones', async () => {
    // 1,000 calls: pages 2 to 10 are asked for at once, and only CONCURRENCY can be in flight.
    serve(1_000, (request) => pageOf(request) > 1);
    const controller = new AbortController();
    const reason = new DOMException('Cancelled', 'AbortError');
    const exporting = exportOf({ signal: controller.signal });
    await server.whenRequests(1 + CONCURRENCY);
    expect(server.inFlight).toBe(CONCURRENCY);

    controller.abort(reason);
    await expect(exporting).rejects.toBe(reason);
    await vi.waitFor(() => {
      expect(server.inFlight).toBe(0);
    });
    // The queue is first in, first out: a request made now goes after any page still queued.
    handler = (_request, response) => {
      sendJson(response, 200, {});
    };
    await get('v1/team');
    expect(pagesRequested()).toHaveLength(1 + CONCURRENCY);
  });

  it('on cancel, leaves a page the table is showing to the table', async () => {
    let heldPage1: ServerResponse | undefined;
    serve(250, (request, response) => {
      if (pageOf(request) !== 1) return false;
      heldPage1 = response;
      return true;
    });
    // The table shows page 1 at 100 a page with the same filters and sort: the export's page 1.
    const table = new QueryObserver(queryClient, queries.page({ ...query, page: 1, limit: 100 }));
    const shown: string[][] = [];
    const unsubscribe = table.subscribe((result) => {
      if (result.data) shown.push(result.data.rows.map((row) => row._id));
    });
    await server.whenRequests(1);

    const controller = new AbortController();
    const exporting = exportOf({ signal: controller.signal });
    controller.abort(new DOMException('Cancelled', 'AbortError'));
    await expect(exporting).rejects.toThrow('Cancelled');

    if (heldPage1) sendJson(heldPage1, 200, pageBody(250, 1, 100));
    await vi.waitFor(() => {
      expect(shown.at(-1)).toHaveLength(100);
    });
    // One request for page 1, shared; nothing after it.
    expect(pagesRequested()).toEqual([1]);
    unsubscribe();
  });
});
