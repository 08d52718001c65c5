import { parseArgs } from 'node:util';
import { parseCallLogQuery } from '../simulator/call-log-query.ts';
import { queryCalls } from '../simulator/call-query-engine.ts';
import { startSimulator } from '../simulator/index.ts';
import type { Simulator } from '../simulator/index.ts';
import { parseQueryString } from '../simulator/query-params.ts';
import { parseScoredCallsQuery, queryScoredCalls } from '../simulator/scored-calls-query.ts';

/**
 * Benchmark (not a test): how fast the simulator generates data and answers realistic call-log
 * and scored-calls queries at several sizes. For each size: generation time and memory, then a
 * fixed mix of filtered, sorted page queries per endpoint, timed in the engine alone and end to end
 * over HTTP on localhost; each endpoint's figures are reported apart.
 *
 *   npx tsx bench/simulator-query.ts [--calls 5000,1000000] [--rounds 3]
 *   (node --expose-gc --import tsx bench/simulator-query.ts gives steadier memory figures)
 */

const NOW = new Date('2025-06-18T16:00:00.000Z');
const DAY = 86_400_000;
const KEY = 'bench-key';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '5000,1000000' },
    rounds: { type: 'string', default: '3' },
  },
});
const sizes = values.calls.split(',').map((raw) => {
  const size = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(size) || size < 1) throw new Error(`--calls: not a size: ${raw}`);
  return size;
});
const rounds = Number(values.rounds);

const isoDay = (daysAgo: number) =>
  new Date(NOW.getTime() - daysAgo * DAY).toISOString().slice(0, 10);

/** 50 queries a dashboard user would plausibly send, built from the generated entities. */
function queryMix(simulator: Simulator): string[] {
  const { reps, lists, sequences, contacts, phones } = simulator.dataset;
  const rep = (i: number) => reps[i % reps.length]?._id ?? '';
  const list = (i: number) => lists[i % lists.length]?._id ?? '';
  const sequence = (i: number) => sequences[i % sequences.length]?.id ?? '';
  const contact = (i: number) => contacts[(i * 7919) % contacts.length];
  const phone = (i: number) => phones[(i * 104_729) % phones.length] ?? '';
  const queries: string[] = [];
  for (let i = 0; i < 5; i++) {
    queries.push(
      `filters[start_date]=${isoDay(7 + i)}&filters[end_date]=${isoDay(i)}&filters[outcome]=answered`,
      `filters[search]=${encodeURIComponent(contact(i)?.last_name ?? 'Smith')}`,
      `filters[search]=${encodeURIComponent((contact(i + 50)?.company ?? 'Blue').split(' ')[0] ?? '')}&sort=-duration`,
      `filters[user_ids][]=${rep(i)}&filters[disposition_ids][]=1&filters[disposition_ids][]=6&filters[disposition_ids][]=8`,
      `sort=duration&page=200&limit=50`,
      `filters[answered_by]=human&filters[min_duration]=60&sort=-duration&limit=25`,
      `filters[has_recording]=true&filters[start_date]=${isoDay(30)}&sort=-started_at&page=${2 + i}`,
      `filters[contact_list_ids][]=${list(i)}&filters[sequences][]=${sequence(i)}&limit=50`,
      `filters[exclude_negative_dispositions]=true&filters[user_ids][]=${rep(i)}&filters[user_ids][]=${rep(i + 1)}`,
      i % 2 === 0
        ? `filters[to][]=${encodeURIComponent(phone(i))}&sort=-updatedAt`
        : `filters[search]=${encodeURIComponent(phone(i).replace(/\D/g, '').slice(-7))}&page=1&limit=100`,
    );
  }
  return queries;
}

/**
 * 40 scored-calls queries as the coaching view sends them: pages with filters and both sorts,
 * limit=1 counts per 10-point band and per rep (the summary), and the review queue.
 */
function scoredQueryMix(simulator: Simulator): string[] {
  const { reps } = simulator.dataset;
  const rep = (i: number) => reps[i % reps.length]?._id ?? '';
  const queries: string[] = [];
  for (let i = 0; i < 4; i++) {
    queries.push(
      `limit=50&page=${1 + i}`,
      `sort=createdAt&start_date=${isoDay(30 + i)}&end_date=${isoDay(i)}&limit=50`,
      `min_score=${10 * i}&max_score=${10 * i + 9}&limit=1`,
      `min_score=${10 * (i + 5)}&max_score=${10 * (i + 5) + 9}&start_date=${isoDay(30)}&limit=1`,
      `user_id=${rep(i)}&max_score=49&limit=1`,
      `user_id=${rep(i)}&min_score=70&limit=1`,
      `start_date=${isoDay(7)}&max_score=50&sort=-createdAt&limit=50`,
      `user_id=${rep(i + 2)}&min_score=60&max_score=80&sort=-updatedAt&limit=25`,
      `sort=updatedAt&page=${10 + i}&limit=100`,
      `sort=-updatedAt&min_score=${40 + i}&start_date=${isoDay(60)}T00:00:00Z&end_date=${isoDay(20)}&page=2&limit=20`,
    );
  }
  return queries;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => Math.round(bytes / 1e6);
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

interface SizeResult {
  calls: number;
  generationMs: number;
  heapMb: number;
  arrayBuffersMb: number;
  queries: number;
  rounds: number;
  engineMedianMs: number;
  engineP95Ms: number;
  httpMedianMs: number;
  httpP95Ms: number;
  scoredCalls: number;
  scoredQueries: number;
  scoredEngineMedianMs: number;
  scoredEngineP95Ms: number;
  scoredHttpMedianMs: number;
  scoredHttpP95Ms: number;
}

async function timeHttp(url: string, samples: number[]): Promise<void> {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'x-api-key': KEY } });
  await response.arrayBuffer();
  samples.push(performance.now() - started);
  if (response.status !== 200) throw new Error(`${response.status} for ${url}`);
}

async function benchSize(calls: number): Promise<SizeResult> {
  collectGarbage();
  const before = process.memoryUsage();
  const running = await startSimulator({ calls, seed: 1, now: NOW, apiKey: KEY });
  collectGarbage();
  const after = process.memoryUsage();
  const { simulator } = running;
  const queries = queryMix(simulator);
  const scoredQueries = scoredQueryMix(simulator);

  const engine: number[] = [];
  const http: number[] = [];
  const scoredEngine: number[] = [];
  const scoredHttp: number[] = [];
  try {
    // One warm-up pass, so the JIT and the socket pool are ready before timing.
    for (const query of queries) await timeHttp(`${running.url}/v1/call-log?${query}`, []);
    for (const query of scoredQueries) {
      await timeHttp(`${running.url}/v1/scored-calls?${query}`, []);
    }
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        const started = performance.now();
        queryCalls(simulator.dataset, parseCallLogQuery(parseQueryString(query)));
        engine.push(performance.now() - started);
      }
      for (const query of queries) await timeHttp(`${running.url}/v1/call-log?${query}`, http);
      for (const query of scoredQueries) {
        const started = performance.now();
        queryScoredCalls(
          simulator.dataset,
          simulator.scoredCalls,
          parseScoredCallsQuery(parseQueryString(query)),
        );
        scoredEngine.push(performance.now() - started);
      }
      for (const query of scoredQueries) {
        await timeHttp(`${running.url}/v1/scored-calls?${query}`, scoredHttp);
      }
    }
  } finally {
    await running.close();
  }
  return {
    calls,
    generationMs: Math.round(simulator.generationMs),
    heapMb: mb(after.heapUsed - before.heapUsed),
    arrayBuffersMb: mb(after.arrayBuffers - before.arrayBuffers),
    queries: queries.length,
    rounds,
    engineMedianMs: round1(percentile(engine, 50)),
    engineP95Ms: round1(percentile(engine, 95)),
    httpMedianMs: round1(percentile(http, 50)),
    httpP95Ms: round1(percentile(http, 95)),
    scoredCalls: simulator.scoredCalls.count,
    scoredQueries: scoredQueries.length,
    scoredEngineMedianMs: round1(percentile(scoredEngine, 50)),
    scoredEngineP95Ms: round1(percentile(scoredEngine, 95)),
    scoredHttpMedianMs: round1(percentile(scoredHttp, 50)),
    scoredHttpP95Ms: round1(percentile(scoredHttp, 95)),
  };
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));

function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join(' | ')} |`;
  console.log(title);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

printTable(
  `Simulator call-log queries: ${results[0]?.queries ?? 0} queries × ${rounds} rounds per size, Node ${process.version}`,
  [
    'calls',
    'generation ms',
    'heap MB',
    'typed arrays MB',
    'engine median ms',
    'engine p95 ms',
    'HTTP median ms',
    'HTTP p95 ms',
  ],
  results.map((r) => [
    r.calls.toLocaleString('en-US'),
    String(r.generationMs),
    String(r.heapMb),
    String(r.arrayBuffersMb),
    String(r.engineMedianMs),
    String(r.engineP95Ms),
    String(r.httpMedianMs),
    String(r.httpP95Ms),
  ]),
);
printTable(
  `Simulator scored-calls queries: ${results[0]?.scoredQueries ?? 0} queries × ${rounds} rounds per size`,
  ['calls', 'scored calls', 'engine median ms', 'engine p95 ms', 'HTTP median ms', 'HTTP p95 ms'],
  results.map((r) => [
    r.calls.toLocaleString('en-US'),
    r.scoredCalls.toLocaleString('en-US'),
    String(r.scoredEngineMedianMs),
    String(r.scoredEngineP95Ms),
    String(r.scoredHttpMedianMs),
    String(r.scoredHttpP95Ms),
  ]),
);
console.log(JSON.stringify({ node: process.version, results }, null, 2));
