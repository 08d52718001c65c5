import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startLiveStack } from './support/live-stack';
import type { LiveStack } from './support/live-stack';

/**
 * Live mode with a sentinel key: the key must never reach the build, the page, any response the
 * browser gets, or browser storage. The proxy refuses everything but allowlisted reads. The CSP
 * stops an injected inline script. Data from the API renders as text and never as a link target.
 */

const SENTINEL = 'sk_live_SENTINEL_5f0c1e7a9b3d4c2e8f6a1b0c';

let stack: LiveStack;
let distDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Built with the key in the environment, under the names a careless change would read.
  distDir = await mkdtemp(join(tmpdir(), 'sentinel-dist-'));
  await promisify(execFile)(
    'node_modules/.bin/vite',
    ['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: {
        ...process.env,
        SALESFINITY_API_KEY: SENTINEL,
        VITE_SALESFINITY_API_KEY: SENTINEL,
        VITE_API_KEY: SENTINEL,
      },
    },
  );
  stack = await startLiveStack({ apiKey: SENTINEL, distDir });
});

test.afterAll(async () => {
  await stack.close();
  await rm(distDir, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** One request written by hand, so nothing normalises `..` or refuses a raw CR on our side. */
function rawRequest(url: string, head: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.end(`${head}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => {
      resolve(answer);
    });
    socket.on('error', reject);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

test('the key is in no built file, no response, and no browser storage', async ({ page }) => {
  const files = await filesUnder(distDir);
  expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
  for (const file of files) {
    expect((await readFile(file)).includes(SENTINEL), file).toBe(false);
  }

  const seen: string[] = [];
  const leaks: string[] = [];
  const checks: Promise<void>[] = [];
  page.on('response', (response) => {
    seen.push(response.url());
    checks.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const body = await response.body().catch(() => Buffer.alloc(0));
        if (headers.includes(SENTINEL) || body.includes(SENTINEL)) leaks.push(response.url());
      })(),
    );
  });
  await page.goto(`${stack.url}/?limit=10`);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(11);
  // A second page: more API answers, the prefetched one included.
  await page.getByRole('button', { name: /^Next page$/ }).click();
  await expect(page.getByText('11–20 of 500')).toBeVisible();
  await page.waitForLoadState('networkidle');

  // The upstream did get the key: the sentinel is the one in use, not a dummy.
  expect(stack.upstreamRequests.some((r) => r.headers['x-api-key'] === SENTINEL)).toBe(true);
  expect(seen.filter((url) => url.includes('/api/v1/')).length).toBeGreaterThanOrEqual(2);
  await Promise.all(checks);
  expect(leaks).toEqual([]);

  const html = await (await page.request.get(`${stack.url}/`)).text();
  expect(html).toContain('<div id="root">');
  expect(html).not.toContain(SENTINEL);

  const storage = await page.evaluate(() => {
    const dump = (store: Storage) =>
      Array.from({ length: store.length }, (_, i) => {
        const key = store.key(i) ?? '';
        return `${key}=${store.getItem(key) ?? ''}`;
      }).join('\n');
    return `${dump(localStorage)}\n${dump(sessionStorage)}\n${document.cookie}`;
  });
  expect(storage).not.toContain(SENTINEL);
  const cookies = await page.context().cookies();
  expect(JSON.stringify(cookies)).not.toContain(SENTINEL);
});

test('the proxy refuses writes, foreign paths, traversal and header injection', async ({
  request,
}) => {
  const before = stack.upstreamRequests.length;
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    const response = await request.fetch(`${stack.url}/api/v1/call-log`, { method, data: '{}' });
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow).toBe('GET, HEAD');
  }
  for (const path of ['/api/v1/admin/users', '/api/v1/users', '/api/v2/call-log', '/api/v1']) {
    expect((await request.get(`${stack.url}${path}`)).status(), path).toBe(404);
  }
  for (const target of [
    '/api/v1/call-log/../../__simulator/knobs',
    '/api/v1/call-log/%2e%2e/%2e%2e/__simulator/knobs',
    '/api/v1/call-log/..%2f..%2f__simulator%2fknobs',
    '/api/v1/call-log/%252e%252e',
    '/api/v1/team/..',
    '/api/v1//team',
    '/api/v1/call-log\\..\\team',
  ]) {
    const answer = await rawRequest(stack.url, `GET ${target} HTTP/1.1`);
    expect([400, 404], `${target}\n${answer}`).toContain(statusOf(answer));
  }
  // A raw CR inside a header value, hoping to smuggle a header of its own upstream.
  const smuggled = await rawRequest(
    stack.url,
    'GET /api/v1/call-log HTTP/1.1\r\nIf-None-Match: "a"\rX-Injected: yes',
  );
  expect(statusOf(smuggled)).toBe(400);
  // Nothing above reached the upstream.
  expect(stack.upstreamRequests.length).toBe(before);

  // An encoded CR/LF in the query stays encoded: forwarded as data, never as a header.
  const encoded = await request.get(`${stack.url}/api/v1/call-log?limit=1%0D%0AX-Injected:%20yes`);
  expect([200, 400]).toContain(encoded.status());
  for (const seen of stack.upstreamRequests.slice(before)) {
    expect(seen.headers['x-injected']).toBeUndefined();
    expect(seen.url).not.toMatch(/[\r\n]/);
  }
});

test('the Content-Security-Policy blocks an injected inline script', async ({ page }) => {
  await page.goto(`${stack.url}/?limit=10`);
  await expect(page.getByRole('heading', { name: 'Call log' })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          resolve(event.effectiveDirective);
        },
        { once: true },
      );
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    // An inline script runs while it is appended, if it runs at all: nothing to wait for then.
    if ('__injected' in window) return { directive: 'none: the script ran', ran: true };
    // The refusal is reported in a task of its own; only the test's timeout ends this wait.
    return { directive: await violation, ran: false };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});

const HOSTILE = {
  name: '<img src=x onerror="window.__xss=1">',
  company: '<script>window.__xss=2</script>',
  notes: '<b onmouseover="window.__xss=3">bold?</b> & <a href="javascript:window.__xss=4">link</a>',
};

async function answerWith(page: Page, rows: unknown[]): Promise<void> {
  await page.route(/\/api\/v1\/call-log(\?|$)/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ data: rows, pagination: { total: rows.length, page: 1, limit: 10 } }),
    }),
  );
}

test('markup in names, notes, transcripts and search text renders as text', async ({ page }) => {
  await answerWith(page, [
    {
      _id: '65a000000000000000000001',
      contact: { first_name: HOSTILE.name, last_name: 'Doe', company: HOSTILE.company },
      user: { first_name: HOSTILE.company, last_name: 'Rep' },
      notes: HOSTILE.notes,
      transcription: HOSTILE.company,
      summary: HOSTILE.name,
    },
  ]);
  const search = '<img src=y onerror="window.__xss=5">';
  await page.goto(`${stack.url}/?limit=10&filters[search]=${encodeURIComponent(search)}`);
  const row = page.getByRole('table').getByRole('row').nth(1);
  await expect(row).toContainText(`${HOSTILE.name} Doe`);
  await expect(row).toContainText('bold?');
  await expect(row).toContainText('<b onmouseover');
  // The search chip shows what was typed, literally.
  await expect(page.getByText(search).first()).toBeVisible();
  const dom = await page.evaluate(() => ({
    xss: (window as { __xss?: number }).__xss ?? null,
    images: document.querySelectorAll('main img, [role="table"] img, table img').length,
    bold: document.querySelectorAll('table b').length,
    scriptLinks: Array.from(document.querySelectorAll('[href], [src]'))
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((value) => /^\s*(javascript|data|vbscript):/i.test(value)),
  }));
  expect(dom).toEqual({ xss: null, images: 0, bold: 0, scriptLinks: [] });
});

test('javascript: and data: recording URLs never reach the page', async ({ page }) => {
  const hostileUrls = [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:audio/wav;base64,UklGRgAAAABXQVZF',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];
  await answerWith(
    page,
    hostileUrls.map((url, index) => ({
      _id: `65a00000000000000000000${index}`,
      recording_url: url,
      contact: { first_name: `Caller ${index}` },
    })),
  );
  await page.goto(`${stack.url}/?limit=10`);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(hostileUrls.length + 1);
  const html = await page.content();
  for (const url of hostileUrls) expect(html).not.toContain(url.trim().slice(0, 15));
  const targets = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a, audio, source, video, iframe, embed, object')).map(
      (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.outerHTML,
    ),
  );
  expect(targets.filter((target) => /^\s*(javascript|data|vbscript):/i.test(target))).toEqual([]);
});
