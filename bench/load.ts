import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { ChildMessage } from './load-child.ts';

/**
 * Benchmark (not a test): the production server (built app + proxy, live mode) in front of the
 * simulator, under autocannon. Each runs in a process of its own; the server's memory is sampled
 * before (after a warm-up), during, and after the load (after a GC when run with --expose-gc,
 * which `npm run bench:load` does). Fails (exit 1) on errors the server caused or memory that
 * does not come back.
 *
 *   npm run bench:load -- [--connections 200] [--duration 20] [--calls 5000]
 */

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '20' },
    calls: { type: 'string', default: '5000' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const KEY = 'bench-load-key-0001';
const MB = 1024 * 1024;
/** After the load and a GC, the heap may sit this far above where it started. */
const HEAP_TOLERANCE = 1.5;
const HEAP_TOLERANCE_MB = 16;

const root = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(`${root}dist/index.html`)) {
  console.error('No built app in dist/: run npm run build first.');
  process.exit(1);
}

interface Child {
  process: ChildProcess;
  url: string;
  memory(gc: boolean): Promise<Extract<ChildMessage, { type: 'memory' }>>;
}

function startChild(role: 'simulator' | 'app', env: NodeJS.ProcessEnv): Promise<Child> {
  const child = fork(fileURLToPath(new URL('./load-child.ts', import.meta.url)), [role], {
    cwd: root,
    env: { ...process.env, ...env },
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      reject(new Error(`${role} exited with ${String(code)}`));
    });
    child.once('message', (message: ChildMessage) => {
      if (message.type !== 'ready') return;
      resolve({
        process: child,
        url: message.url,
        memory: (gc) =>
          new Promise((done) => {
            const onMessage = (reply: ChildMessage) => {
              if (reply.type !== 'memory') return;
              child.off('message', onMessage);
              done(reply);
            };
            child.on('message', onMessage);
            child.send({ type: 'memory', gc });
          }),
      });
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** What the dashboard asks for: pages, sorts and filters, and the reference endpoints. */
const REQUESTS = [
  '/api/v1/call-log?page=1&limit=50&sort=-started_at',
  '/api/v1/call-log?page=2&limit=50&sort=-started_at',
  '/api/v1/call-log?page=1&limit=100&sort=-duration&filters%5Boutcome%5D=answered',
  '/api/v1/call-log?page=3&limit=25&sort=createdAt&filters%5Bhas_recording%5D=true',
  '/api/v1/call-log?page=1&limit=50&sort=-started_at&filters%5Bsearch%5D=an',
  '/api/v1/call-log?page=1&limit=1&filters%5Bdisposition_ids%5D%5B%5D=1',
  '/api/v1/dispositions',
  '/api/v1/team',
  '/',
].map((path) => ({ method: 'GET', path }));

async function main(): Promise<void> {
  const simulator = await startChild('simulator', {
    SIMULATOR_CALLS: values.calls,
    SIMULATOR_API_KEY: KEY,
  });
  const app = await startChild('app', {
    SALESFINITY_API_KEY: KEY,
    SALESFINITY_API_URL: simulator.url,
  });
  try {
    // Warm up: every route once, so lazy initialisation is not counted as growth.
    for (const { path } of REQUESTS) await (await fetch(`${app.url}${path}`)).arrayBuffer();
    const before = await app.memory(true);

    const samples: { rss: number; heapUsed: number }[] = [];
    const sampler = setInterval(() => {
      void app.memory(false).then(({ rss, heapUsed }) => samples.push({ rss, heapUsed }));
    }, 1000);
    const result = await autocannon({
      url: app.url,
      connections,
      duration,
      timeout: 30,
      requests: REQUESTS,
    });
    clearInterval(sampler);

    await sleep(2000);
    const after = await app.memory(true);
    await sleep(5000);
    const settled = await app.memory(true);

    const peakRss = Math.max(...samples.map((s) => s.rss), after.rss);
    const peakHeap = Math.max(...samples.map((s) => s.heapUsed), after.heapUsed);
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      connections,
      durationSeconds: result.duration,
      calls: Number(values.calls),
      requests: result.requests.total ?? 0,
      requestsPerSecond: result.requests.average,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: result.errors,
      timeouts: result.timeouts,
      resets: result.resets,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats,
      memoryMb: {
        gcAvailable: before.hasGc,
        before: { rss: mb(before.rss), heapUsed: mb(before.heapUsed) },
        peakDuring: { rss: mb(peakRss), heapUsed: mb(peakHeap) },
        after2s: { rss: mb(after.rss), heapUsed: mb(after.heapUsed) },
        after7s: { rss: mb(settled.rss), heapUsed: mb(settled.heapUsed) },
      },
    };
    await mkdir(`${root}bench-results`, { recursive: true });
    await writeFile(`${root}bench-results/load.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));

    const problems: string[] = [];
    if (result.errors + result.timeouts > 0) {
      problems.push(`${result.errors} errors, ${result.timeouts} timeouts`);
    }
    if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx answers`);
    const heapLimit = Math.max(
      before.heapUsed * HEAP_TOLERANCE,
      before.heapUsed + HEAP_TOLERANCE_MB * MB,
    );
    if (settled.heapUsed > heapLimit) {
      problems.push(`heap did not come back: ${mb(before.heapUsed)} → ${mb(settled.heapUsed)} MB`);
    }
    if (problems.length > 0) {
      console.error(`FAILED: ${problems.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log('OK: no errors, memory back to its starting level.');
    }
  } finally {
    app.process.kill();
    simulator.process.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
