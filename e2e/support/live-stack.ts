import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAppServer } from '../../server/app-server.ts';
import { startBackend } from '../../server/backend.ts';
import type { Backend } from '../../server/backend.ts';
import { createSimulator } from '../../simulator/index.ts';
import type { Knobs, Simulator } from '../../simulator/index.ts';

const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface LiveStack {
  /** The app server's origin: the built app plus the proxy in live mode. */
  readonly url: string;
  readonly apiKey: string;
  readonly simulator: Simulator;
  /** Call-log requests that reached the simulator (the "upstream"), whatever their fate. */
  /** The table's call-log requests (pages); chart counts (`limit=1`) are counted apart. */
  callLogRequests(): number;
  /** The charts' `limit=1` count requests. */
  countRequests(): number;
  /** Every request that reached the upstream, as it arrived. */
  readonly upstreamRequests: readonly { url: string; headers: Record<string, unknown> }[];
  setKnobs(patch: Partial<Knobs>): void;
  /** The upstream goes away: its port refuses connections until `startUpstream`. */
  stopUpstream(): Promise<void>;
  startUpstream(): Promise<void>;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}

/**
 * A simulator standing in for Salesfinity and the production server in live mode pointed at it,
 * both on ephemeral loopback ports, in the test process: its knobs, its request count and its
 * life are the test's to control. Needs `dist/` (Playwright runs after `vite build`).
 */
export async function startLiveStack({
  apiKey = 'sk_live_e2e_0000',
  calls = 500,
  distDir = DIST_DIR,
}: { apiKey?: string; calls?: number; distDir?: string } = {}): Promise<LiveStack> {
  const simulator = createSimulator({ calls, seed: 7, apiKey, admin: true });
  let callLogRequests = 0;
  let countRequests = 0;
  const upstreamRequests: { url: string; headers: Record<string, unknown> }[] = [];
  const upstream = createServer((req, res) => {
    upstreamRequests.push({ url: req.url ?? '', headers: { ...req.headers } });
    if (req.url?.startsWith('/v1/call-log')) {
      if (new URL(req.url, 'http://upstream').searchParams.get('limit') === '1') countRequests += 1;
      else callLogRequests += 1;
    }
    simulator.handle(req, res);
  });
  const upstreamPort = await listen(upstream, 0);

  const backend: Backend = await startBackend(
    { SALESFINITY_API_KEY: apiKey, SALESFINITY_API_URL: `http://127.0.0.1:${upstreamPort}` },
    { log: () => undefined, timeoutMs: 10_000 },
  );
  const app = createAppServer({ distDir, backend });
  const appPort = await listen(app, 0);

  return {
    url: `http://127.0.0.1:${appPort}`,
    apiKey,
    simulator,
    callLogRequests: () => callLogRequests,
    countRequests: () => countRequests,
    upstreamRequests,
    setKnobs: (patch) => {
      simulator.setKnobs(patch);
    },
    stopUpstream: () => close(upstream),
    startUpstream: async () => {
      await listen(upstream, upstreamPort);
    },
    close: async () => {
      await close(app);
      await close(upstream);
      await backend.close();
    },
  };
}
