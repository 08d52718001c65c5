import { expect, test } from '@playwright/test';
import type { Page, Response } from '@playwright/test';
import fc from 'fast-check';

/**
 * Fifty seeded hostile links, loaded as a colleague would open them: garbage values, huge
 * numbers, unknown keys, repeated keys and broken percent-encoding. The app must not throw, must
 * say what it ignored, and must only send call-log requests the simulator (demo mode) accepts.
 */

const SEED = 20_240_131;
const COUNT = 50;

const KEYS = [
  'page',
  'limit',
  'sort',
  'call',
  't',
  'filters[outcome]',
  'filters[start_date]',
  'filters[end_date]',
  'filters[min_duration]',
  'filters[max_duration]',
  'filters[has_recording]',
  'filters[search]',
  'filters%5Bdirection%5D',
  'filters[disposition_ids][]',
  'filters[user_ids][]',
  'filters[from][]',
  'filters[to]',
];
const GARBAGE = [
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%00',
  '%C0%AF',
  '-1',
  '0',
  '1e308',
  '99999999999999999999999',
  'NaN',
  '-Infinity',
  'true',
  'TRUE',
  'maybe',
  '-nope',
  '2024-02-30',
  '2024-01-31T25:00:00Z',
  '+14:00',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '[]',
  ']]',
  '😀',
  'é',
  ' ',
  '+',
];
const value = fc.oneof(
  fc.constantFrom(...GARBAGE),
  fc.array(fc.constantFrom(...GARBAGE), { minLength: 2, maxLength: 4 }).map((p) => p.join('')),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEYS) },
  fc.constantFrom('__proto__', 'filters[a][b]', 'filters[', 'utm_source', '%5B%5D', 'x%ZZ'),
);
/**
 * Always at least one refused value and one unknown key, so there is always something to report.
 * `limit=5` first keeps the pages small (rendering is what costs time on a busy machine); any
 * later `limit` is then a repeat, which is reported too.
 */
const hostileSearch = fc
  .tuple(
    fc.constantFrom('limit=abc', 'page=-3', 'filters[outcome]=maybe', 'sort=-nope'),
    fc.constantFrom('zzz=1', '__proto__=x', 'filters[unknown]=1', 'utm_campaign=%ZZ'),
    fc.array(fc.tuple(key, value), { maxLength: 12 }),
    fc.boolean(),
  )
  .map(([bad, unknown, pairs, repeatLimit]) => {
    const parts = [bad, ...pairs.map(([k, v]) => `${k}=${v}`), unknown];
    if (repeatLimit) parts.push('limit=10', 'limit=20');
    return parts.join('&');
  });

const searches = fc
  .sample(hostileSearch, { seed: SEED, numRuns: COUNT })
  // A distinct kept filter per link, so each asks for a new page rather than a cached one, and a
  // marker first among the ignored parts, so each notice is known to be its own link's.
  .map((search, index) => `limit=5&filters[min_duration]=${index}&marker${index}=x&${search}`);

/** Opens a link in the running app as the browser's back/forward would: no reload. */
async function openInApp(page: Page, search: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/?${search}`);
}

const isCallLog = (response: Response) => new URL(response.url()).pathname === '/api/v1/call-log';

test(`${COUNT} hostile links load calmly, say what was ignored and send only valid requests`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const callLogResponses: Response[] = [];
  page.on('response', (response) => {
    if (isCallLog(response)) callLogResponses.push(response);
  });

  for (const [index, search] of searches.entries()) {
    const ownRequest = page.waitForResponse(
      (response) =>
        isCallLog(response) &&
        new URL(response.url()).searchParams.get('filters[min_duration]') === String(index),
    );
    // Every tenth link is a fresh page load; the others open in the running app (much cheaper
    // on a busy machine, and the same parse → request path).
    if (index % 10 === 0) await page.goto(`/?${search}`, { waitUntil: 'commit' });
    else await openInApp(page, search);
    const response = await ownRequest;
    expect(response.status(), `${search} → ${response.url()}`).toBe(200);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Part of this link could not be used' });
    await expect(notice, search).toContainText(`marker${index}=x (unknown parameter)`);
    // The page rendered an answer: rows or an empty state.
    await expect(page.getByRole('table').getByRole('row').nth(1), search).toBeVisible();
  }

  expect(pageErrors).toEqual([]);
  // Prefetches included: the simulator refused none of them.
  const refused = callLogResponses.filter((response) => response.status() !== 200);
  expect(refused.map((response) => response.url())).toEqual([]);
  expect(callLogResponses.length).toBeGreaterThanOrEqual(COUNT);
});
