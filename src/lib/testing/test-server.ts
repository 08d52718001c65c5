import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';

/** One request as the test server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Record<string, string | string[] | undefined>;
}

export type TestHandler = (request: SeenRequest, response: ServerResponse) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>`: what an api client under test uses as its base URL. */
  readonly baseUrl: string;
  readonly requests: readonly SeenRequest[];
  /** Requests whose response has not finished yet, and the most there ever were at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Resolves once at least `count` requests have arrived. */
  whenRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free port, so client tests exercise the platform `fetch` end to end
 * instead of a mock of it.
 */
export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((request, response) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight -= 1;
    });
    const seen: SeenRequest = {
      method: request.method ?? 'GET',
      url: new URL(request.url ?? '/', 'http://test.invalid'),
      headers: request.headers,
    };
    requests.push(seen);
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    handler(seen, response);
  });

  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The test server has no port');

  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    whenRequests(count) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    },
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(response, status, JSON.stringify(body), {
    'content-type': 'application/json',
    ...headers,
  });
}

export function sendText(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.statusCode = status;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.end(body);
}
