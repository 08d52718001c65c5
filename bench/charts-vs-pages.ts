import { parseArgs } from 'node:util';
import { createRequestLimit } from '../src/lib/request-limit.ts';
import { fetchCallCount, fetchCallPage } from '../src/lib/call-log/call-log.ts';
import type { Call } from '../src/lib/call-log/call-schema.ts';
import { CHART_CONCURRENCY, limitGet } from '../src/features/charts/chart-count-queries.ts';
import { evaluateCharts, planCharts } from '../src/features/charts/chart-plan.ts';
import type { ChartNumbers } from '../src/features/charts/chart-plan.ts';
import { filtersKey } from '../src/features/charts/count-plan.ts';
import { API_CONCURRENCY, createApiClient } from '../src/lib/api-client.ts';
import type { ApiGet } from '../src/lib/api-client.ts';
import { startSimulator } from '../simulator/index.ts';

/**
 * Benchmark (not a test): the charts' design (one `limit=1` count per bucket, charts holding at
 * most CHART_CONCURRENCY of the app's API_CONCURRENCY slots) against the obvious alternative
 * (download every page at limit=100 with all API_CONCURRENCY slots and count in the client), over
 * the unfiltered call log, the worst case for paging. The simulator adds a fixed latency to every
 * request; both sides use the app's own API client (lenient JSON, schema validation per row).
 *
 *   npx tsx bench/charts-vs-pages.ts [--calls 5000,1000000] [--latency 100] [--sample-pages 600]
 *
 * When a size has more pages than --sample-pages, the paging side fetches that many pages spread
 * evenly over the whole range (same concurrency) and extrapolates the time linearly to all pages;
 * its request count is exact. The output says which figures are extrapolated.
 */

const KEY = 'bench-key';
const NOW = new Date('2025-06-18T16:00:00.000Z');
const PAGE_SIZE = 100;
const TABLE_PAGE_SIZE = 50;

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '5000,1000000' },
    latency: { type: 'string', default: '100' },
    'sample-pages': { type: 'string', default: '600' },
  },
});
const sizes = values.calls.split(',').map((raw) => Number(raw.replaceAll('_', '')));
const latencyMs = Number(values.latency);
const samplePages = Number(values['sample-pages']);

interface Client {
  get: ApiGet;
  requests: () => number;
  bytes: () => number;
}

/** The app's API client pointed at the simulator, counting requests and response bytes. */
function clientFor(baseUrl: string): Client {
  let requests = 0;
  let bytes = 0;
  const { get } = createApiClient({
    limit: createRequestLimit(API_CONCURRENCY),
    fetch: async (input, init) => {
      requests++;
      // The client always passes its URL as a string: `/api/v1/...`.
      if (typeof input !== 'string') throw new Error('expected a URL string');
      const url = input.replace(/^\/api\//, `${baseUrl}/`);
      const response = await fetch(url, { ...init, headers: { 'x-api-key': KEY } });
      const text = await response.text();
      bytes += Buffer.byteLength(text);
      return new Response(text, { status: response.status, headers: response.headers });
    },
  });
  return { get, requests: () => requests, bytes: () => bytes };
}

/** The design: the table's first page (which carries the total) and the planned counts. */
async function countPlan(client: Client): Promise<ChartNumbers> {
  const chartGet = limitGet(client.get, createRequestLimit(CHART_CONCURRENCY));
  const plan = planCharts({});
  const tablePage = fetchCallPage(
    {
      page: 1,
      limit: TABLE_PAGE_SIZE,
      sort: { field: 'started_at', direction: 'desc' },
      filters: {},
    },
    undefined,
    client.get,
  );
  const counts = await Promise.all(
    plan.requests.map(async (filters) => {
      const count = await fetchCallCount(filters, undefined, chartGet);
      return [filtersKey(filters), count] as const;
    }),
  );
  const total = (await tablePage).total ?? undefined;
  const byKey = new Map(counts);
  return evaluateCharts(plan, (source) =>
    source.kind === 'total' ? total : byKey.get(source.key),
  );
}

/** The same numbers counted in memory from downloaded calls, definitions written out again. */
function countInMemory(calls: Call[]) {
  const lasting = (call: Call, min: number, max = Infinity) =>
    call.duration !== undefined && call.duration >= min && call.duration <= max;
  const dispositionOf = (call: Call) => call.disposition?.internal_id;
  const isConnected = (call: Call) => {
    const id = dispositionOf(call);
    return call.answered_by === 'human' && id !== undefined && id >= 1 && id <= 9;
  };
  const count = (isCounted: (call: Call) => boolean) => calls.filter(isCounted).length;
  return {
    duration: [
      [0, 29],
      [30, 59],
      [60, 119],
      [120, 299],
      [300, 599],
      [600, Infinity],
    ].map(([min = 0, max]) => count((call) => lasting(call, min, max))),
    outcome: ['answered', 'no-answer', 'cancelled'].map((outcome) =>
      count((call) => call.outcome === outcome),
    ),
    kpis: {
      total: calls.length,
      connected: count(isConnected),
      conversations: count(
        (call) => isConnected(call) && (dispositionOf(call) === 1 || lasting(call, 60)),
      ),
      meetings: count((call) => dispositionOf(call) === 1),
    },
  };
}

/** The alternative: every page at limit=100 (or an even sample of them), counted in memory. */
async function allPages(client: Client) {
  const query = (page: number) => ({
    page,
    limit: PAGE_SIZE,
    sort: { field: 'createdAt' as const, direction: 'desc' as const },
    filters: {},
  });
  const first = await fetchCallPage(query(1), undefined, client.get);
  const pages = first.pages ?? 1;
  const isSampled = pages > samplePages;
  const wanted = isSampled
    ? Array.from({ length: samplePages - 1 }, (_, i) =>
        Math.min(pages, 2 + Math.floor((i * (pages - 1)) / (samplePages - 1))),
      )
    : Array.from({ length: pages - 1 }, (_, i) => i + 2);
  const rest = await Promise.all(
    wanted.map((page) => fetchCallPage(query(page), undefined, client.get)),
  );
  const calls = [first, ...rest].flatMap((page) => page.rows);
  return { pages, fetched: wanted.length + 1, isSampled, numbers: countInMemory(calls) };
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1)} MB`;

console.log(
  `latency ${String(latencyMs)} ms per request; app concurrency ${String(API_CONCURRENCY)}, charts ${String(CHART_CONCURRENCY)}\n`,
);
console.log(
  '| calls | design | requests | time to complete charts | downloaded | ratio (pages / counts) |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const calls of sizes) {
  const running = await startSimulator({
    calls,
    seed: 1,
    now: NOW,
    apiKey: KEY,
    knobs: { latencyMs },
  });
  try {
    const planClient = clientFor(running.url);
    const plan = await timed(() => countPlan(planClient));
    const pagesClient = clientFor(running.url);
    const paged = await timed(() => allPages(pagesClient));
    const { pages, fetched, isSampled } = paged.result;
    const pagesMs = isSampled ? (paged.ms * pages) / fetched : paged.ms;
    const pagesBytes = isSampled ? (pagesClient.bytes() * pages) / fetched : pagesClient.bytes();
    const mark = isSampled ? ` (extrapolated from ${String(fetched)} pages)` : '';

    if (!isSampled) {
      const memory = paged.result.numbers;
      const same =
        JSON.stringify(memory.duration) ===
          JSON.stringify(plan.result.duration.map((b) => b.value)) &&
        JSON.stringify(memory.outcome) ===
          JSON.stringify(plan.result.outcome.map((b) => b.value)) &&
        JSON.stringify(memory.kpis) === JSON.stringify(plan.result.kpis);
      if (!same) throw new Error(`the two designs disagree at ${String(calls)} calls`);
    }
    const size = calls.toLocaleString('en-US');
    console.log(
      `| ${size} | counts (limit=1) | ${String(planClient.requests())} | ${seconds(plan.ms)} | ${megabytes(planClient.bytes())} | |`,
    );
    console.log(
      `| ${size} | every page (limit=100) | ${pages.toLocaleString('en-US')} | ${seconds(pagesMs)}${mark} | ${megabytes(pagesBytes)}${isSampled ? ' (extrapolated)' : ''} | ${(pages / planClient.requests()).toFixed(0)}× requests, ${(pagesMs / plan.ms).toFixed(0)}× time |`,
    );
  } finally {
    await running.close();
  }
}
