import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import type { Call } from '@/lib/call-log/call-schema';
import { createRequestLimit } from '@/lib/request-limit';
import { fullScoredCallRecord } from '@/lib/testing/scored-call-record';
import { sendJson, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { createScoredCallQueries, fetchScoreOfCall, scoreLookupQuery } from './scored-calls';

const CALL: Call = {
  _id: 'call-1',
  user: { _id: 'rep-1' },
  started_at: '2026-11-02T14:58:00.000Z',
  ended_at: '2026-11-02T15:01:04.000Z',
};

function scoreOf(callId: string, scoreId: string) {
  const record = fullScoredCallRecord();
  return { ...record, _id: scoreId, call_log: { ...record.call_log, _id: callId } };
}

function page(records: unknown[]) {
  return { data: records, pagination: { total: records.length, page: 1, limit: 100, pages: 1 } };
}

let server: TestServer;
let handler: TestHandler;
let get: ApiGet;

beforeEach(async () => {
  handler = (_request, response) => {
    sendJson(response, 200, page([]));
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
  get = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) }).get;
});

afterEach(async () => {
  await server.close();
});

/** The one request's parameters, as the server saw them. */
function seenParams(): [string, string][] {
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  return [...(request?.url.searchParams ?? [])];
}

describe('scoreLookupQuery', () => {
  it('asks for the rep’s scores from the call’s end to one day later, oldest first', () => {
    expect(scoreLookupQuery(CALL)).toEqual({
      page: 1,
      limit: 100,
      sort: { field: 'createdAt', direction: 'asc' },
      user_id: 'rep-1',
      start_date: '2026-11-02T15:01:04.000Z',
      end_date: '2026-11-03T15:01:04.000Z',
    });
  });

  it('cannot look up a call without a rep or an end', () => {
    expect(scoreLookupQuery({ ...CALL, user: {} })).toBeUndefined();
    expect(scoreLookupQuery({ _id: 'call-1', user: { _id: 'rep-1' } })).toBeUndefined();
  });
});

describe('fetchScoreOfCall', () => {
  it('sends exactly the contract’s lookup and picks the record whose call_log is the call', async () => {
    handler = (request, response) => {
      expect(request.url.pathname).toBe('/api/v1/scored-calls');
      sendJson(response, 200, page([scoreOf('call-0', 'score-0'), scoreOf('call-1', 'score-1')]));
    };

    const score = await fetchScoreOfCall(CALL, undefined, get);

    expect(score?._id).toBe('score-1');
    expect(score?.call_log?._id).toBe('call-1');
    expect(seenParams()).toEqual([
      ['page', '1'],
      ['limit', '100'],
      ['sort', 'createdAt'],
      ['start_date', '2026-11-02T15:01:04.000Z'],
      ['end_date', '2026-11-03T15:01:04.000Z'],
      ['user_id', 'rep-1'],
    ]);
  });

  it('is null when none of the rep’s scores is of this call', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, page([scoreOf('call-0', 'score-0'), scoreOf('call-2', 'score-2')]));
    };
    expect(await fetchScoreOfCall(CALL, undefined, get)).toBeNull();
    expect(server.requests).toHaveLength(1);
  });

  it('is null when the rep has no scores in that day', async () => {
    expect(await fetchScoreOfCall(CALL, undefined, get)).toBeNull();
  });

  it('asks nothing for a call that cannot be looked up', async () => {
    expect(await fetchScoreOfCall({ _id: 'call-1' }, undefined, get)).toBeNull();
    expect(server.requests).toHaveLength(0);
  });

  it('passes the service’s failure on', async () => {
    handler = (_request, response) => {
      sendJson(response, 500, { statusCode: 500, message: 'boom' });
    };
    await expect(fetchScoreOfCall(CALL, undefined, get)).rejects.toBeInstanceOf(ApiError);
  });
});

describe('scoredCallQueries.ofCall', () => {
  it('is cached per call: asking again for the same call sends nothing', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, page([scoreOf('call-1', 'score-1')]));
    };
    const queries = createScoredCallQueries(get);
    const client = new QueryClient();
    const first = await client.query({ ...queries.ofCall(CALL), staleTime: Infinity });
    const again = await client.query({
      ...queries.ofCall({ ...CALL }),
      staleTime: Infinity,
    });
    expect(first?._id).toBe('score-1');
    expect(again).toBe(first);
    expect(server.requests).toHaveLength(1);

    await client.query({ ...queries.ofCall({ ...CALL, _id: 'call-2' }), staleTime: Infinity });
    expect(server.requests).toHaveLength(2);
  });
});
