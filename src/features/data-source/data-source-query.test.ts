import { QueryClient } from '@tanstack/react-query';
import { createRequestLimit } from '@/lib/request-limit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { sendJson, sendText, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { dataSourceQuery, parseDataSource } from './data-source-query';

describe('parseDataSource', () => {
  it.each([
    [{ mode: 'demo' }, 'demo'],
    [{ mode: 'live', extra: 1 }, 'live'],
    [{ mode: 'staging' }, 'unknown'],
    [{ mode: 'LIVE' }, 'unknown'],
    [{ mode: null }, 'unknown'],
    [{}, 'unknown'],
    ['demo', 'unknown'],
    [null, 'unknown'],
  ])('reads %j as %s', (body, mode) => {
    expect(parseDataSource(body)).toBe(mode);
  });
});

describe('dataSourceQuery', () => {
  let server: TestServer;
  let handler: TestHandler;

  beforeEach(async () => {
    handler = (_request, response) => {
      sendJson(response, 200, { mode: 'demo' });
    };
    server = await startTestServer((request, response) => {
      handler(request, response);
    });
  });

  afterEach(async () => {
    await server.close();
  });

  const query = () =>
    dataSourceQuery(createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) }).get);

  it('is keyed ["mode"] and never goes stale', () => {
    expect(dataSourceQuery().queryKey).toEqual(['mode']);
    expect(dataSourceQuery().staleTime).toBe(Infinity);
  });

  it('reads GET /api/mode', async () => {
    await expect(new QueryClient().query(query())).resolves.toBe('demo');
    expect(server.requests[0]?.url.pathname).toBe('/api/mode');
  });

  it.each([
    ['an unexpected value', '{"mode": 42}'],
    ['an HTML page', '<!doctype html><html><body><div id="root"></div></body></html>'],
    ['an empty body', ''],
  ])('says unknown for %s', async (_name, body) => {
    handler = (_request, response) => {
      sendText(response, 200, body);
    };
    await expect(new QueryClient().query(query())).resolves.toBe('unknown');
  });

  it('leaves a failed request to the UI as an ApiError', async () => {
    handler = (_request, response) => {
      sendText(response, 502, '<html><title>Bad Gateway</title></html>');
    };
    await expect(new QueryClient().query(query())).rejects.toMatchObject({
      kind: 'server',
      status: 502,
    });
  });
});
