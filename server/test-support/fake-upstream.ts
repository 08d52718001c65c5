import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export type Responder = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeUpstream {
  url: string;
  /** Every request that reached the upstream, in order. */
  requests: RecordedRequest[];
  /** Requests whose client (the proxy) went away before the answer was complete. */
  abortedCount(): number;
  respond(responder: Responder): void;
  reset(): void;
  close(): Promise<void>;
}

export const jsonResponder =
  (status: number, body: unknown, headers: Record<string, string> = {}): Responder =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

const defaultResponder = jsonResponder(200, { data: [] });

/** A real HTTP server on an ephemeral port that records what it receives and answers on demand. */
export async function startFakeUpstream(): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = [];
  let aborted = 0;
  let responder: Responder = defaultResponder;

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.on('close', () => {
      if (!res.writableFinished) aborted += 1;
    });
    responder(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    abortedCount: () => aborted,
    respond(next) {
      responder = next;
    },
    reset() {
      requests.length = 0;
      aborted = 0;
      responder = defaultResponder;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}

/** A port on which nothing listens (bound once, then released). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => {
    server.close(resolve);
  });
  return port;
}
