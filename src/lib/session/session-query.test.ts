import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { createRequestLimit } from '@/lib/request-limit';
import { sendJson, sendText, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { sessionEndedQuery, sessionQuery } from './session-query';

const REP = {
  authMode: 'oidc',
  user: { email: 'dana@example.com', name: 'Dana Kim', role: 'rep', userId: 'u1' },
  signOut: { method: 'POST', url: '/auth/logout' },
};
const ENDED = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Your session has ended',
  signInUrl: '/auth/login',
};

let server: TestServer;
let handler: TestHandler;

beforeEach(async () => {
  handler = (_request, response) => {
    sendJson(response, 200, REP);
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
});

afterEach(async () => {
  await server.close();
});

const get = () => createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) }).get;

describe('sessionQuery', () => {
  it('is keyed ["session"] and never goes stale', () => {
    expect(sessionQuery().queryKey).toEqual(['session']);
    expect(sessionQuery().staleTime).toBe(Infinity);
  });

  it('reads GET /api/session', async () => {
    await expect(new QueryClient().query(sessionQuery(get()))).resolves.toEqual(REP);
    expect(server.requests.map((request) => request.url.pathname)).toEqual(['/api/session']);
  });

  it.each<[string, TestHandler]>([
    [
      'a body it cannot read',
      (_request, response) => {
        sendJson(response, 200, { authMode: 'oidc', user: null });
      },
    ],
    [
      'an HTML fallback page',
      (_request, response) => {
        sendText(response, 200, '<!doctype html><div id="root"></div>');
      },
    ],
    [
      'a server without the route',
      (_request, response) => {
        sendJson(response, 404, { statusCode: 404, message: 'Unknown API path' });
      },
    ],
  ])('says unknown for %s', async (_case, answer) => {
    handler = answer;
    await expect(new QueryClient().query(sessionQuery(get()))).resolves.toEqual({
      authMode: 'unknown',
    });
  });
});

describe('an ended session, in the app’s query client', () => {
  it('is recorded once, from the first request refused, and never retried', async () => {
    handler = (_request, response) => {
      sendJson(response, 401, ENDED);
    };
    const queryClient = createQueryClient();
    const load = (path: string) =>
      queryClient.query({
        queryKey: [path],
        queryFn: ({ signal }) => get()(path, undefined, { signal }),
      });

    expect(queryClient.getQueryData(sessionEndedQuery().queryKey)).toBeUndefined();
    await expect(load('v1/call-log')).rejects.toMatchObject({ kind: 'session-ended' });
    expect(queryClient.getQueryData(sessionEndedQuery().queryKey)).toEqual({
      signInUrl: '/auth/login',
    });
    // One attempt: a retry would be refused the same way.
    expect(server.requests).toHaveLength(1);

    handler = (_request, response) => {
      sendJson(response, 401, { ...ENDED, signInUrl: null });
    };
    await expect(load('v1/team')).rejects.toMatchObject({ kind: 'session-ended' });
    expect(queryClient.getQueryData(sessionEndedQuery().queryKey)).toEqual({
      signInUrl: '/auth/login',
    });
  });

  it('keeps the last session answer when the session request itself is refused', async () => {
    const queryClient = createQueryClient();
    await queryClient.query(sessionQuery(get()));
    handler = (_request, response) => {
      sendJson(response, 401, { ...ENDED, signInUrl: null });
    };
    await queryClient.refetchQueries({ queryKey: ['session'], exact: true });
    expect(server.requests).toHaveLength(2);
    expect(queryClient.getQueryData(sessionQuery().queryKey)).toEqual(REP);
    expect(queryClient.getQueryData(sessionEndedQuery().queryKey)).toEqual({ signInUrl: null });
  });

  it('is not what the upstream’s own 401 means (a rejected API key)', async () => {
    handler = (_request, response) => {
      sendJson(response, 401, { statusCode: 401, message: 'Invalid API key' });
    };
    const queryClient = createQueryClient();
    await expect(
      queryClient.query({ queryKey: ['calls'], queryFn: () => get()('v1/call-log') }),
    ).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(queryClient.getQueryData(sessionEndedQuery().queryKey)).toBeUndefined();
  });
});
