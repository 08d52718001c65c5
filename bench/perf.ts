import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { checkBudgets, median } from './perf-budgets.ts';
import type { SizeFigures } from './perf-budgets.ts';

/**
 * `npm run bench`: how fast the dashboard feels, measured in headless Chromium against the
 * production server (built app + proxy) over the simulator with a fixed added latency.
 *
 *   npm run bench [-- --calls 5000,1000000] [--runs 5] [--latency 100] [--check]
 *
 * Every figure is a median over `--runs` cold page loads per size. `--check` exits non-zero when a
 * budget of bench/perf-budgets.ts is missed. Results: a table on stdout and bench-results/perf.json.
 */

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '5000,1000000' },
    runs: { type: 'string', default: '5' },
    latency: { type: 'string', default: '100' },
    check: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});

const sizes = values.calls.split(',').map((raw) => {
  const size = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(size) || size < 1) throw new Error(`--calls: not a size: ${raw}`);
  return size;
});
const runs = Number(values.runs);
const latencyMs = Number(values.latency);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: a positive integer');
if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error('--latency: milliseconds');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const STEP_TIMEOUT_MS = 60_000;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

interface RunningApp {
  url: string;
  process: ChildProcess;
}

/** The production server in demo mode: its embedded simulator gets the size and the latency. */
async function startApp(calls: number): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SALESFINITY_API_KEY: '',
      SIMULATOR_CALLS: String(calls),
      SIMULATOR_SEED: '1',
      SIMULATOR_LATENCY_MS: String(latencyMs),
      SIMULATOR_JITTER_MS: '0',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the server exited while starting');
    try {
      const response = await fetch(`${url}/api/mode`);
      if (response.ok) return { url, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error('the server did not start within 2 minutes');
}

function stopApp(app: RunningApp): Promise<void> {
  return new Promise((resolve) => {
    if (app.process.exitCode !== null) {
      resolve();
      return;
    }
    app.process.once('exit', () => {
      resolve();
    });
    app.process.kill('SIGTERM');
  });
}

/**
 * In-page helpers, installed before any script of the app runs. Everything is timed with the page's
 * own clock (performance.now, origin = navigation start), so the driver's latency never counts.
 */
function installProbes(): void {
  const probe = {
    lcp: 0,
    firstRowsAt: 0,
    /** A view of what the table shows: first data row and the pager's range, or null while busy. */
    tableSignature(): string | null {
      const table = document.querySelector('table.data-table__table');
      if (!table || table.getAttribute('aria-busy') === 'true') return null;
      const row = table.querySelector('tbody tr:not(.data-table__row--skeleton) > *');
      const range = document.querySelector('.data-table-pagination__range');
      if (!row || !range) return null;
      return `${row.parentElement?.textContent ?? ''}|${range.textContent}`;
    },
    /** Resolves with performance.now() once `condition` holds, checked on every DOM change. */
    when(condition: () => boolean, timeoutMs: number): Promise<number> {
      return new Promise((resolve, reject) => {
        if (condition()) {
          resolve(performance.now());
          return;
        }
        const observer = new MutationObserver(() => {
          if (condition()) {
            observer.disconnect();
            clearTimeout(timer);
            resolve(performance.now());
          }
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('timed out'));
        }, timeoutMs);
        observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    },
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // The first rows are timed from document start: the driver's first evaluate may come too late.
  void probe
    .when(() => probe.tableSignature() !== null, 120_000)
    .then((at) => {
      probe.firstRowsAt = at;
    });
  (window as unknown as { __bench: typeof probe }).__bench = probe;
}

interface BenchWindow {
  __bench: {
    lcp: number;
    firstRowsAt: number;
    tableSignature(): string | null;
    when(condition: () => boolean, timeoutMs: number): Promise<number>;
  };
}

interface RunFigures {
  jsBytes: number;
  cssBytes: number;
  firstRowsMs: number;
  lcpMs: number;
  filterToRowsMs: number;
  filterToChartsMs: number | null;
  chartRequestsOnFirstLoad: number;
  requestsPerFilterChange: number;
  chartRequestsPerFilterChange: number;
  nextPageMs: number;
  requestsOnNextPage: number;
  rowToPanelMs: number | null;
}

/** Counts call-log requests the page sends, and how many of them are limit=1 counts. */
function countCallLogRequests(page: Page) {
  const counter = { all: 0, counts: 0 };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/v1/call-log')) return;
    if (url.pathname !== '/api/v1/call-log') return;
    counter.all += 1;
    if (url.searchParams.get('limit') === '1') counter.counts += 1;
  });
  return counter;
}

/** Chart completion: the charts region exists and nothing in it is still loading. */
const CHARTS_SELECTOR = '[data-charts-status]';

async function measureOnce(browser: Browser, appUrl: string): Promise<RunFigures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'America/New_York',
    locale: 'en-US',
  });
  const page = await context.newPage();
  await page.addInitScript(installProbes);
  const requests = countCallLogRequests(page);

  // 1. Cold load to first rows.
  await page.goto(appUrl, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench.firstRowsAt > 0,
    null,
    {
      timeout: STEP_TIMEOUT_MS,
    },
  );
  const firstRowsMs = await page.evaluate(
    () => (window as unknown as BenchWindow).__bench.firstRowsAt,
  );
  const transferred = await page.evaluate((before) => {
    let js = 0;
    let css = 0;
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (entry.responseEnd > before) continue;
      const path = new URL(entry.name).pathname;
      if (path.endsWith('.js')) js += entry.encodedBodySize;
      else if (path.endsWith('.css')) css += entry.encodedBodySize;
    }
    return { js, css };
  }, firstRowsMs);
  await page.waitForLoadState('networkidle');
  const lcpMs = await page.evaluate(() => (window as unknown as BenchWindow).__bench.lcp);
  const hasCharts = (await page.locator(CHARTS_SELECTOR).count()) > 0;
  if (hasCharts) {
    await page
      .locator(`${CHARTS_SELECTOR}[data-charts-status="complete"]`)
      .waitFor({ timeout: STEP_TIMEOUT_MS });
  }
  // The unfiltered first load: every count it takes to draw the charts.
  const chartRequestsOnFirstLoad = requests.counts;

  // 2. A filter change: Outcome → Answered. Rows, then charts, and every request it sends.
  const answered = page.getByRole('radio', { name: 'Answered', exact: true });
  await answered.waitFor({ timeout: STEP_TIMEOUT_MS });
  requests.all = 0;
  requests.counts = 0;
  const filterTimes = await page.evaluate(
    async ({ timeout, chartsSelector, hasCharts }) => {
      const bench = (window as unknown as BenchWindow).__bench;
      const before = bench.tableSignature();
      const radio = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
        (input) => input.closest('label')?.textContent.trim() === 'Answered',
      );
      if (!radio) throw new Error('no Answered outcome control');
      const start = performance.now();
      radio.click();
      const rows = bench.when(() => {
        const now = bench.tableSignature();
        return now !== null && now !== before;
      }, timeout);
      // Complete means: counting for the new filters was seen, and then it finished.
      let sawCounting = false;
      const charts = hasCharts
        ? bench.when(() => {
            const status = document
              .querySelector(chartsSelector)
              ?.getAttribute('data-charts-status');
            if (status === 'counting') sawCounting = true;
            return sawCounting && status === 'complete';
          }, timeout)
        : Promise.resolve(Number.NaN);
      const [rowsAt, chartsAt] = await Promise.all([rows, charts]);
      return { rows: rowsAt - start, charts: chartsAt - start };
    },
    { timeout: STEP_TIMEOUT_MS, chartsSelector: CHARTS_SELECTOR, hasCharts },
  );
  await page.waitForLoadState('networkidle');
  const requestsPerFilterChange = requests.all;
  const chartRequestsPerFilterChange = requests.counts;

  // 3. Next page, already prefetched (the network went idle above).
  requests.all = 0;
  const nextPageMs = await page.evaluate(async (timeout) => {
    const bench = (window as unknown as BenchWindow).__bench;
    const before = bench.tableSignature();
    const next = document.querySelector<HTMLButtonElement>('button[aria-label="Next page"]');
    if (!next) throw new Error('no Next page button');
    const start = performance.now();
    next.click();
    const at = await bench.when(() => {
      const now = bench.tableSignature();
      return now !== null && now !== before;
    }, timeout);
    return at - start;
  }, STEP_TIMEOUT_MS);

  await page.waitForLoadState('networkidle');
  const requestsOnNextPage = requests.all;

  // 4. A row click to the call panel (a dialog), when the app has one.
  const rowToPanelMs = await page.evaluate(async (timeout) => {
    const bench = (window as unknown as BenchWindow).__bench;
    const row = document.querySelector<HTMLElement>('tr.data-table__row--interactive');
    if (!row) return Number.NaN;
    const start = performance.now();
    row.click();
    const at = await bench.when(
      () => document.querySelector('[role="dialog"] h2, [role="dialog"] h1') !== null,
      timeout,
    );
    return at - start;
  }, STEP_TIMEOUT_MS);

  await context.close();
  return {
    jsBytes: transferred.js,
    cssBytes: transferred.css,
    firstRowsMs,
    lcpMs,
    filterToRowsMs: filterTimes.rows,
    filterToChartsMs: Number.isNaN(filterTimes.charts) ? null : filterTimes.charts,
    chartRequestsOnFirstLoad: hasCharts ? chartRequestsOnFirstLoad : Number.NaN,
    requestsPerFilterChange,
    chartRequestsPerFilterChange: hasCharts ? chartRequestsPerFilterChange : Number.NaN,
    nextPageMs,
    requestsOnNextPage,
    rowToPanelMs: Number.isNaN(rowToPanelMs) ? null : rowToPanelMs,
  };
}

function medianOf(samples: RunFigures[], pick: (figures: RunFigures) => number | null) {
  return median(samples.map((sample) => pick(sample) ?? Number.NaN));
}

async function measureSize(browser: Browser, calls: number): Promise<SizeFigures> {
  const app = await startApp(calls);
  try {
    // One warm-up load: the server's first answers pay for JIT and file-system caches.
    await measureOnce(browser, app.url);
    const samples: RunFigures[] = [];
    for (let index = 0; index < runs; index++) {
      samples.push(await measureOnce(browser, app.url));
      process.stdout.write('.');
    }
    process.stdout.write('\n');
    return {
      calls,
      runs,
      jsBytesBeforeFirstRows: medianOf(samples, (sample) => sample.jsBytes),
      cssBytesBeforeFirstRows: medianOf(samples, (sample) => sample.cssBytes),
      firstRowsMs: medianOf(samples, (sample) => sample.firstRowsMs),
      largestContentfulPaintMs: medianOf(samples, (sample) => sample.lcpMs),
      filterChangeToRowsMs: medianOf(samples, (sample) => sample.filterToRowsMs),
      nextPageToRowsMs: medianOf(samples, (sample) => sample.nextPageMs),
      requestsOnNextPage: medianOf(samples, (sample) => sample.requestsOnNextPage),
      rowClickToPanelMs: medianOf(samples, (sample) => sample.rowToPanelMs),
      filterChangeToChartsMs: medianOf(samples, (sample) => sample.filterToChartsMs),
      chartRequestsOnFirstLoad: medianOf(samples, (sample) => sample.chartRequestsOnFirstLoad),
      requestsPerFilterChange: medianOf(samples, (sample) => sample.requestsPerFilterChange),
      chartRequestsPerFilterChange: medianOf(
        samples,
        (sample) => sample.chartRequestsPerFilterChange,
      ),
    };
  } finally {
    await stopApp(app);
  }
}

function formatTable(figures: SizeFigures[]): string {
  const rows: [string, (size: SizeFigures) => string][] = [
    ['JS before first rows (gzip)', (s) => kB(s.jsBytesBeforeFirstRows)],
    ['CSS before first rows (gzip)', (s) => kB(s.cssBytesBeforeFirstRows)],
    ['time to first rows', (s) => msText(s.firstRowsMs)],
    ['Largest Contentful Paint', (s) => msText(s.largestContentfulPaintMs)],
    ['filter change → updated rows', (s) => msText(s.filterChangeToRowsMs)],
    ['prefetched next page → rows', (s) => msText(s.nextPageToRowsMs)],
    ['  requests it sends (prefetch of the one after)', (s) => count(s.requestsOnNextPage)],
    ['row click → call panel', (s) => msText(s.rowClickToPanelMs)],
    ['chart counts on the first (unfiltered) load', (s) => count(s.chartRequestsOnFirstLoad)],
    ['filter change → complete charts', (s) => msText(s.filterChangeToChartsMs)],
    ['requests per filter change', (s) => count(s.requestsPerFilterChange)],
    ['  of which chart counts', (s) => count(s.chartRequestsPerFilterChange)],
  ];
  const header = ['', ...figures.map((size) => `${size.calls.toLocaleString('en-US')} calls`)];
  const body = rows.map(([label, pick]) => [label, ...figures.map(pick)]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

const kB = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);
const msText = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
const count = (value: number | null) => (value === null ? 'n/a' : String(value));

async function main(): Promise<void> {
  if (!values['skip-build']) await run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
  const browser = await chromium.launch({
    ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const figures: SizeFigures[] = [];
  try {
    for (const calls of sizes) {
      console.log(`== ${calls.toLocaleString('en-US')} calls, ${latencyMs} ms added latency`);
      figures.push(await measureSize(browser, calls));
    }
  } finally {
    await browser.close();
  }

  console.log(`\nMedians over ${runs} cold loads per size (${latencyMs} ms added latency):\n`);
  console.log(formatTable(figures));
  const budgets = checkBudgets({ latencyMs, sizes: figures });
  console.log('\nBudgets:');
  for (const budget of budgets) {
    console.log(
      `  ${budget.ok ? 'ok  ' : 'MISS'} ${budget.name}: ${budget.actual} (${budget.limit})`,
    );
  }

  await mkdir('bench-results', { recursive: true });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memory: totalmem() };
  await writeFile(
    'bench-results/perf.json',
    `${JSON.stringify({ date: new Date().toISOString(), latencyMs, runs, machine, figures, budgets }, null, 2)}\n`,
  );
  console.log('\nWrote bench-results/perf.json');

  if (values.check && budgets.some((budget) => !budget.ok)) {
    console.error('Budgets missed.');
    process.exitCode = 1;
  }
}

await main();
