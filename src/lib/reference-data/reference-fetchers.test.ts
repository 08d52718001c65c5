import { QueryClient } from '@tanstack/react-query';
import { createRequestLimit } from '@/lib/request-limit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { sendJson, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { fetchContactLists, isKnownContactListSource, parseContactListPage } from './contact-lists';
import {
  createReferenceQueries,
  referenceQueries,
  REFERENCE_STALE_TIME_MS,
} from './reference-queries';
import { fetchSequences, parseSequencePage } from './sequences';

let server: TestServer;
let handler: TestHandler;
let get: ApiGet;

beforeEach(async () => {
  handler = (_request, response) => {
    sendJson(response, 404, { message: 'Not Found' });
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
  get = createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(6) }).get;
});

afterEach(async () => {
  await server.close();
});

const pageOf = (request: { url: URL }) => Number(request.url.searchParams.get('page'));

describe('sequences', () => {
  it('fetches every page at limit 100, following next', async () => {
    handler = (request, response) => {
      const page = pageOf(request);
      sendJson(response, 200, {
        data: [{ id: `seq_${page}`, name: `Sequence ${page}`, total_calls: page }],
        pagination: { total: 3, page, limit: 100, pages: 3, next: page < 3 ? page + 1 : null },
      });
    };
    const sequences = await fetchSequences(undefined, get);
    expect(sequences.map((s) => s.id)).toEqual(['seq_1', 'seq_2', 'seq_3']);
    expect(server.requests.map((r) => r.url.pathname)).toEqual(Array(3).fill('/api/v1/sequences'));
    expect(server.requests.map((r) => r.url.searchParams.get('limit'))).toEqual([
      '100',
      '100',
      '100',
    ]);
    expect(server.requests.map(pageOf)).toEqual([1, 2, 3]);
  });

  it('stops on a short page when pagination is missing', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, { data: [{ id: 'seq_1' }] });
    };
    await expect(fetchSequences(undefined, get)).resolves.toEqual([{ id: 'seq_1' }]);
    expect(server.requests).toHaveLength(1);
  });

  it('tolerates bad records and bad fields', () => {
    const { items } = parseSequencePage(
      {
        data: [
          { id: 'seq_1', name: 'Q1', first_used_at: 'never', last_used_at: null, total_calls: '3' },
          { name: 'no id' },
          { id: 12345 },
        ],
        pagination: { next: null },
      },
      { page: 1, limit: 100 },
    );
    expect(items).toEqual([{ id: 'seq_1', name: 'Q1' }]);
  });

  it('throws malformed without a data list', () => {
    expect(() => parseSequencePage({ pagination: {} }, { page: 1, limit: 100 })).toThrow(
      expect.objectContaining({ kind: 'malformed' }),
    );
  });
});

describe('contact lists', () => {
  it('reads the top-level paging fields and fetches every page at limit 100', async () => {
    handler = (request, response) => {
      const page = pageOf(request);
      sendJson(response, 200, {
        data: [{ _id: `l${page}`, name: `List ${page}`, source: 'csv', total_contacts: 10 }],
        total: 201,
        page,
        next: page < 3 ? page + 1 : null,
      });
    };
    const lists = await fetchContactLists(undefined, get);
    expect(lists.map((l) => l._id)).toEqual(['l1', 'l2', 'l3']);
    expect(server.requests.map((r) => r.url.pathname)).toEqual(
      Array(3).fill('/api/v1/contact-lists'),
    );
    expect(server.requests.map((r) => r.url.searchParams.get('limit'))).toEqual([
      '100',
      '100',
      '100',
    ]);
  });

  it('keeps an unknown source as received, and drops lists without an id', () => {
    const { items, next } = parseContactListPage(
      {
        data: [
          { _id: 'l1', name: 'Imported', source: 'pipedrive', user: 'u1' },
          { _id: 'l2', source: 'hubspot', user: { _id: 'u1', email: 5 } },
          { name: 'no id' },
        ],
        total: 3,
        page: 1,
        next: null,
      },
      { page: 1, limit: 100 },
    );
    expect(items).toEqual([
      { _id: 'l1', name: 'Imported', source: 'pipedrive' },
      { _id: 'l2', source: 'hubspot', user: { _id: 'u1' } },
    ]);
    expect(next).toBeNull();
    expect(isKnownContactListSource('pipedrive')).toBe(false);
    expect(isKnownContactListSource('hubspot')).toBe(true);
  });

  it('derives next from total when next is missing', () => {
    const full = Array.from({ length: 100 }, (_, i) => ({ _id: `l${i}` }));
    expect(
      parseContactListPage({ data: full, total: 150, page: 1 }, { page: 1, limit: 100 }).next,
    ).toBe(2);
    expect(
      parseContactListPage({ data: full, total: 100, page: 1 }, { page: 1, limit: 100 }).next,
    ).toBeNull();
  });
});

describe('referenceQueries', () => {
  it('keys each list under one root and keeps it fresh for five minutes', () => {
    const options = [
      referenceQueries.dispositions(),
      referenceQueries.team(),
      referenceQueries.sequences(),
      referenceQueries.contactLists(),
    ];
    expect(options.map((o) => o.queryKey)).toEqual([
      ['reference-data', 'dispositions'],
      ['reference-data', 'team'],
      ['reference-data', 'sequences'],
      ['reference-data', 'contact-lists'],
    ]);
    for (const o of options) {
      expect(o.queryKey[0]).toBe(referenceQueries.all[0]);
      expect(o.staleTime).toBe(REFERENCE_STALE_TIME_MS);
    }
  });

  it('wires each fetcher to its endpoint', async () => {
    handler = (request, response) => {
      switch (request.url.pathname) {
        case '/api/v1/dispositions':
          sendJson(response, 200, { data: [{ id: 1, name: 'Meeting Set', category: 'positive' }] });
          break;
        case '/api/v1/team':
          sendJson(response, 200, { data: { users: [{ user: { _id: 'u1' }, status: 'active' }] } });
          break;
        case '/api/v1/sequences':
          sendJson(response, 200, { data: [{ id: 'seq_1' }], pagination: { next: null } });
          break;
        case '/api/v1/contact-lists':
          sendJson(response, 200, { data: [{ _id: 'l1' }], total: 1, page: 1, next: null });
          break;
        default:
          sendJson(response, 404, {});
      }
    };
    const queries = createReferenceQueries(get);
    const queryClient = new QueryClient();
    await expect(queryClient.query(queries.dispositions())).resolves.toEqual([
      { id: 1, name: 'Meeting Set', category: 'positive' },
    ]);
    await expect(queryClient.query(queries.team())).resolves.toEqual({
      reps: [{ _id: 'u1', status: 'active' }],
    });
    await expect(queryClient.query(queries.sequences())).resolves.toEqual([{ id: 'seq_1' }]);
    await expect(queryClient.query(queries.contactLists())).resolves.toEqual([{ _id: 'l1' }]);
  });
});
