import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAppServer } from '../server/app-server.ts';
import { startBackend } from '../server/backend.ts';
import { startSimulator } from '../simulator/index.ts';

/**
 * A process of its own for `bench/load.ts`, so each side's memory is its own: `simulator` (the
 * stand-in for Salesfinity) or `app` (the production server: built app + proxy in live mode, the
 * code `npm start` runs). Talks over IPC: says where it listens, answers memory probes.
 *
 *   role from argv[2]; app mode reads SALESFINITY_API_KEY and SALESFINITY_API_URL.
 */

export type ChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'memory'; rss: number; heapUsed: number; external: number; hasGc: boolean };

export interface MemoryProbe {
  type: 'memory';
  /** Collect garbage first (needs --expose-gc) so the figure is live memory, not garbage. */
  gc: boolean;
}

const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const role = process.argv[2];
  let url: string;
  if (role === 'simulator') {
    const running = await startSimulator({
      calls: Number(process.env.SIMULATOR_CALLS ?? 5000),
      apiKey: process.env.SIMULATOR_API_KEY ?? 'bench-key',
      port: 0,
    });
    url = running.url;
  } else if (role === 'app') {
    const backend = await startBackend(process.env);
    const server = createAppServer({ distDir: DIST_DIR, backend });
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  } else {
    throw new Error(`unknown role ${String(role)}`);
  }

  process.on('message', (message: MemoryProbe) => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (message.gc && gc) {
      gc();
      gc();
    }
    const { rss, heapUsed, external } = process.memoryUsage();
    send({ type: 'memory', rss, heapUsed, external, hasGc: gc !== undefined });
  });
  // The parent going away ends the child.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
