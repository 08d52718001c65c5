import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { createRequestLimit } from '@/lib/request-limit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { sendJson, sendText, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { toCallLogSearchParams } from '@/lib/calls-view/calls-view-params';
import type { CallLogQuery } from './call-log-query';
import {
  callQueries,
  createCallQueries,
  fetchCall,
  fetchCallCount,
  fetchCallPage,
  parseCallDetail,
  parseCallPage,
  prefetchNextPage,
} from './call-log';
import type { CallPage } from './call-log';

const query: CallLogQuery = {
  page: 1,
  limit: 10,
  sort: { field: 'createdAt', direction: 'desc' },
  filters: { outcome: 'answered', user_ids: ['u1', 'u2'] },
};

const requested = { page: 1, limit: 10 };

function malformedError(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected an ApiError');
}

describe('parseCallPage', () => {
  it('reads the documented envelope', () => {
    const page = parseCallPage(
      {
        data: [{ _id: 'a', outcome: 'answered' }, { _id: 'b' }],
        pagination: { total: 150, page: 1, limit: 10, pages: 15, next: 2 },
      },
      requested,
    );
    expect(page).toEqual({
      rows: [{ _id: 'a', outcome: 'answered' }, { _id: 'b' }],
      total: 150,
      page: 1,
      limit: 10,
      pages: 15,
      next: 2,
      droppedRows: 0,
    });
  });

  it('drops and counts the rows that cannot be keyed', () => {
    const page = parseCallPage(
      {
        data: [
          { _id: 'a' },
          { call_id: 'x' },
          'call',
          null,
          { _id: '' },
          { _id: 'a' },
          { _id: 'b' },
        ],
        pagination: { total: 7, page: 1, limit: 10, pages: 1, next: null },
      },
      requested,
    );
    expect(page.rows.map((row) => row._id)).toEqual(['a', 'b']);
    expect(page.droppedRows).toBe(5);
  });

  it('derives the paging facts when pagination is missing', () => {
    const full = parseCallPage(
      { data: Array.from({ length: 10 }, (_, i) => ({ _id: `c${i}` })) },
      { page: 3, limit: 10 },
    );
    expect(full).toMatchObject({ page: 3, limit: 10, total: null, pages: null, next: 4 });
    const short = parseCallPage({ data: [{ _id: 'a' }] }, { page: 3, limit: 10 });
    expect(short).toMatchObject({ total: 21, pages: 3, next: null });
  });

  it('treats a pagination of the wrong type as missing', () => {
    expect(parseCallPage({ data: [], pagination: 'none' }, requested)).toMatchObject({
      total: 0,
      next: null,
    });
  });

  it('derives pages and next from total when only total is sent', () => {
    expect(parseCallPage({ data: [], pagination: { total: 25 } }, requested)).toMatchObject({
      pages: 3,
      next: 2,
    });
  });

  it('keeps the true total on a page past the end', () => {
    expect(
      parseCallPage(
        { data: [], pagination: { total: 150, page: 20, limit: 10, pages: 15, next: null } },
        { page: 20, limit: 10 },
      ),
    ).toMatchObject({ rows: [], total: 150, next: null });
  });

  it.each([
    ['no data', { pagination: { total: 1 } }],
    ['data that is not a list', { data: { _id: 'a' } }],
    ['null data', { data: null }],
    ['a bare list', [{ _id: 'a' }]],
    ['null', null],
    ['a string', '<html>'],
  ])('throws malformed for %s', (_name, body) => {
    expect(malformedError(() => parseCallPage(body, requested)).kind).toBe('malformed');
  });
});

describe('parseCallDetail', () => {
  it('accepts the call wrapped in data, as the contract sends it', () => {
    expect(parseCallDetail({ data: { _id: 'a', duration: 5 } })).toEqual({ _id: 'a', duration: 5 });
  });

  it('accepts the call bare', () => {
    expect(parseCallDetail({ _id: 'a', duration: 5 })).toEqual({ _id: 'a', duration: 5 });
  });

  it.each([[{}], [{ data: {} }], [{ data: { _id: '' } }], [null], [[{ _id: 'a' }]]])(
    'throws malformed for %j',
    (body) => {
      expect(malformedError(() => parseCallDetail(body)).kind).toBe('malformed');
    },
  );
});

describe('callQueries', () => {
  it('keys each query by every input of its fetcher, under one root', () => {
    expect(callQueries.all).toEqual(['calls']);
    expect(callQueries.page(query).queryKey).toEqual(['calls', 'page', query]);
    expect(callQueries.detail('abc').queryKey).toEqual(['calls', 'detail', 'abc']);
    expect(callQueries.count(query.filters).queryKey).toEqual(['calls', 'count', query.filters]);
  });

  it('keeps the previous page on screen while the next one loads', () => {
    expect(callQueries.page(query).placeholderData).toBe(keepPreviousData);
  });
});

describe('call-log fetchers against a server', () => {
  let server: TestServer;
  let handler: TestHandler;
  let get: ApiGet;

  beforeEach(async () => {
    handler = (_request, response) => {
      sendJson(response, 404, { statusCode: 404, message: 'Not Found' });
    };
    server = await startTestServer((request, response) => {
      handler(request, response);
    });
    get = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(6) }).get;
  });

  afterEach(async () => {
    await server.close();
  });

  const pageBody = (page: number) => ({
    data: [{ _id: `p${page}-a` }, { _id: `p${page}-b` }],
    pagination: { total: 40, page, limit: 10, pages: 4, next: page < 4 ? page + 1 : null },
  });

  it('fetchCallPage sends the query as the URL-state module serialises it', async () => {
    handler = (_request, response) => {
      sendText(response, 200, JSON.stringify(pageBody(1)).replace('p1-a"', 'p1-a","notes":"a\tb"'));
    };
    const page = await fetchCallPage(query, undefined, get);
    expect(page.rows.map((row) => row._id)).toEqual(['p1-a', 'p1-b']);
    expect(page.next).toBe(2);
    const seen = server.requests[0];
    expect(seen?.url.pathname).toBe('/api/v1/call-log');
    expect(seen?.url.search.slice(1)).toBe(toCallLogSearchParams(query).toString());
  });

  it('fetchCall reads one call and passes a 404 on as not-found', async () => {
    handler = (request, response) => {
      if (request.url.pathname === '/api/v1/call-log/507f1f77bcf86cd799439011') {
        sendJson(response, 200, { data: { _id: '507f1f77bcf86cd799439011' } });
      } else {
        sendJson(response, 404, { statusCode: 404, message: 'Call not found' });
      }
    };
    await expect(fetchCall('507f1f77bcf86cd799439011', undefined, get)).resolves.toEqual({
      _id: '507f1f77bcf86cd799439011',
    });
    await expect(fetchCall('507f1f77bcf86cd799439099', undefined, get)).rejects.toMatchObject({
      kind: 'not-found',
      detail: 'Call not found',
    });
  });

  it.each(['', '..', 'a/b', 'a?b=1', '%2e%2e', 'x'.repeat(129)])(
    'fetchCall answers not-found for the impossible id %j without a request',
    async (id) => {
      await expect(fetchCall(id, undefined, get)).rejects.toMatchObject({ kind: 'not-found' });
      expect(server.requests).toHaveLength(0);
    },
  );

  it('fetchCallCount asks for one row with the filters and reads the total', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, {
        data: [{ _id: 'a' }],
        pagination: { total: 1234, page: 1, limit: 1, pages: 1234, next: 2 },
      });
    };
    await expect(
      fetchCallCount({ outcome: 'answered', user_ids: ['u1'] }, undefined, get),
    ).resolves.toBe(1234);
    const params = server.requests[0]?.url.searchParams;
    expect(params?.get('limit')).toBe('1');
    expect(params?.get('page')).toBe('1');
    expect(params?.get('filters[outcome]')).toBe('answered');
    expect(params?.getAll('filters[user_ids][]')).toEqual(['u1']);
  });

  it('fetchCallCount counts an empty result without a total as zero', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, { data: [] });
    };
    await expect(fetchCallCount({}, undefined, get)).resolves.toBe(0);
  });

  it('fetchCallCount fails as malformed when the total cannot be known', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, { data: [{ _id: 'a' }], pagination: { next: 2 } });
    };
    await expect(fetchCallCount({}, undefined, get)).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('the factory wires the fetchers into the query cache', async () => {
    handler = (request, response) => {
      sendJson(response, 200, pageBody(Number(request.url.searchParams.get('page'))));
    };
    const queries = createCallQueries(get);
    const queryClient = new QueryClient();
    const page = await queryClient.query(queries.page(query));
    expect(page.rows.map((row) => row._id)).toEqual(['p1-a', 'p1-b']);
    expect(server.requests[0]?.url.search.slice(1)).toBe(toCallLogSearchParams(query).toString());
    expect(queryClient.getQueryData(queries.page(query).queryKey)).toBe(page);
  });

  describe('prefetchNextPage', () => {
    it('loads page next into the cache under the same factory key', async () => {
      handler = (request, response) => {
        sendJson(response, 200, pageBody(Number(request.url.searchParams.get('page'))));
      };
      const queries = createCallQueries(get);
      const queryClient = new QueryClient();
      const first = await queryClient.query(queries.page(query));
      await prefetchNextPage(queryClient, query, first, queries);
      const nextKey = queries.page({ ...query, page: 2 }).queryKey;
      expect(queryClient.getQueryData(nextKey)?.rows.map((row) => row._id)).toEqual([
        'p2-a',
        'p2-b',
      ]);
      expect(server.requests.map((request) => request.url.searchParams.get('page'))).toEqual([
        '1',
        '2',
      ]);
    });

    const lastPage: CallPage = {
      rows: [],
      total: 40,
      page: 4,
      limit: 10,
      pages: 4,
      next: null,
      droppedRows: 0,
    };

    it('does nothing on the last page', async () => {
      const queryClient = new QueryClient();
      await prefetchNextPage(queryClient, { ...query, page: 4 }, lastPage, createCallQueries(get));
      expect(server.requests).toHaveLength(0);
      expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    });

    it('does nothing for a placeholder left over from another page', async () => {
      const queryClient = new QueryClient();
      const placeholder: CallPage = { ...lastPage, page: 2, next: 3 };
      await prefetchNextPage(
        queryClient,
        { ...query, page: 1 },
        placeholder,
        createCallQueries(get),
      );
      expect(server.requests).toHaveLength(0);
    });

    it('swallows a failed prefetch', async () => {
      handler = (_request, response) => {
        sendText(response, 500, 'down');
      };
      const queryClient = new QueryClient();
      const page: CallPage = { ...lastPage, page: 1, next: 2 };
      await expect(
        prefetchNextPage(queryClient, query, page, createCallQueries(get)),
      ).resolves.toBeUndefined();
      expect(server.requests).toHaveLength(1);
    });
  });
});
