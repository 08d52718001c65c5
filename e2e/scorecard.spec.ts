import { expect, test } from '@playwright/test';
import type { APIRequestContext, Locator, Page, Request } from '@playwright/test';
import { parseLenientJson } from '../contract/lenient-json.ts';
import { expectNoSeriousAxeViolations } from './support/axe';
import { fetchCallLog } from './support/simulator-api';
import type { RawCall } from './support/simulator-api';

/** A scored-calls record as the tests read it: only the parts they compare. */
interface RawFacet {
  score: number;
  weight_pct: number;
}
interface RawScoredCall {
  _id: string;
  user?: { _id: string; first_name?: string; last_name?: string };
  call_log?: RawCall & { contact?: { first_name?: string; last_name?: string } };
  insight?: {
    total_score?: number;
    facets?: Record<string, RawFacet | undefined>;
    metadata?: {
      talk_listen_ratio_rep?: number;
      total_questions?: number;
      interruptions_by_rep?: number;
      estimated_wpm_rep?: number;
      objections_detected?: string[];
    };
  };
}

const FACETS = [
  ['intro', 'Intro'],
  ['discovery', 'Discovery'],
  ['pitch', 'Pitch'],
  ['tonality', 'Tonality'],
  ['objection_handling', 'Objection handling'],
  ['cta', 'Call to action'],
] as const;

const DAY_MS = 86_400_000;
const SCORED_CALLS = '/api/v1/scored-calls';

async function fetchScoredCalls(
  request: APIRequestContext,
  search: string,
): Promise<RawScoredCall[]> {
  const response = await request.get(`${SCORED_CALLS}?${search}`, {
    headers: { connection: 'close' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (parseLenientJson(await response.text()) as { data: RawScoredCall[] }).data;
}

/** A scored call whose scorecard has every number the test compares. */
async function findFullyScoredCall(request: APIRequestContext): Promise<RawScoredCall> {
  const records = await fetchScoredCalls(request, 'page=1&limit=100&sort=-createdAt');
  const record = records.find(
    (candidate) =>
      candidate.call_log?._id !== undefined &&
      typeof candidate.call_log.contact?.first_name === 'string' &&
      typeof candidate.insight?.total_score === 'number' &&
      FACETS.every(([key]) => typeof candidate.insight?.facets?.[key]?.score === 'number') &&
      typeof candidate.insight.metadata?.talk_listen_ratio_rep === 'number' &&
      Array.isArray(candidate.insight.metadata.objections_detected),
  );
  if (!record) throw new Error('no fully scored call on the first page');
  return record;
}

/** Whether the contract's lookup (rep, end to end + 1 day) finds a score of this call. */
async function hasScore(request: APIRequestContext, call: RawCall): Promise<boolean> {
  const user = call.user as { _id: string };
  const ended = Date.parse(call.ended_at as string);
  const search = new URLSearchParams({
    page: '1',
    limit: '100',
    sort: 'createdAt',
    start_date: new Date(ended).toISOString(),
    end_date: new Date(ended + DAY_MS).toISOString(),
    user_id: user._id,
  });
  const records = await fetchScoredCalls(request, search.toString());
  return records.some((record) => record.call_log?._id === call._id);
}

function contactName(call: RawCall): string {
  const contact = call.contact as { first_name: string; last_name: string };
  return `${contact.first_name} ${contact.last_name}`;
}

/** The definition beside a term of a definition list, in `scope`. */
function definition(scope: Locator, term: string): Locator {
  return scope.locator(`dt:text-is("${term}") + dd`);
}

/** Counts the scored-calls requests a page sends from now on. */
function countScoredCallsRequests(page: Page): { readonly count: number; urls: URL[] } {
  const urls: URL[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname === SCORED_CALLS) urls.push(url);
  });
  return {
    get count() {
      return urls.length;
    },
    urls,
  };
}

/**
 * Waits until every request the page has sent so far has been seen: a request sent now reaches
 * the listener after any sent before it. No timer: a late request would still be counted.
 */
async function settleRequests(page: Page): Promise<void> {
  const marker = page.waitForRequest((request) => request.url().endsWith('/api/mode?settle'));
  await page.evaluate(() => fetch('/api/mode?settle'));
  await marker;
}

const wholePercent = (share: number) => Math.round(share * 100);

test.describe('the scorecard in the call panel', () => {
  test('shows the simulator’s numbers, asking once, and not again when reopened', async ({
    page,
    request,
  }) => {
    const record = await findFullyScoredCall(request);
    const call = record.call_log as RawCall;
    const insight = record.insight as Required<NonNullable<RawScoredCall['insight']>>;
    const metadata = insight.metadata as Required<NonNullable<typeof insight.metadata>>;
    const seen = countScoredCallsRequests(page);

    await page.goto(`/?call=${call._id}`);
    const panel = page.getByRole('dialog', { name: contactName(call) });
    const scorecard = panel.getByRole('region', { name: 'Scorecard' });

    await expect(definition(scorecard, 'Total score')).toHaveText(
      new RegExp(`^${String(insight.total_score)}\\b`),
    );
    for (const [key, label] of FACETS) {
      const facet = scorecard.getByRole('article', { name: label });
      const expected = insight.facets[key] as RawFacet;
      await expect(definition(facet, 'Score')).toHaveText(
        new RegExp(`^${String(expected.score)}\\b`),
      );
      await expect(definition(facet, 'Weight')).toHaveText(`${String(expected.weight_pct)} %`);
    }
    const conversation = scorecard.getByRole('region', { name: 'Conversation' });
    const rep = wholePercent(metadata.talk_listen_ratio_rep);
    await expect(definition(conversation, 'Talk/listen')).toHaveText(
      `Rep ${String(rep)} % · Prospect ${String(100 - rep)} %`,
    );
    await expect(definition(conversation, 'Questions')).toHaveText(
      String(metadata.total_questions),
    );
    await expect(definition(conversation, 'Interruptions')).toHaveText(
      String(metadata.interruptions_by_rep),
    );
    await expect(definition(conversation, 'Speaking rate')).toHaveText(
      `${String(Math.round(metadata.estimated_wpm_rep))} wpm`,
    );
    const objections = metadata.objections_detected;
    await expect(definition(conversation, 'Objections')).toHaveText(
      objections.length === 0 ? 'None' : `${String(objections.length)} (${objections.join(', ')})`,
    );
    const user = record.user ?? (call.user as { _id: string });
    const link = scorecard.getByRole('link', { name: /^All scored calls of / });
    await expect(link).toHaveAttribute('href', `/coaching?user_id=${user._id}`);

    // The contract's lookup, once.
    await settleRequests(page);
    expect(seen.urls.map((url) => [...url.searchParams])).toEqual([
      [
        ['page', '1'],
        ['limit', '100'],
        ['sort', 'createdAt'],
        ['start_date', new Date(Date.parse(call.ended_at as string)).toISOString()],
        ['end_date', new Date(Date.parse(call.ended_at as string) + DAY_MS).toISOString()],
        ['user_id', user._id],
      ],
    ]);

    // Closed and opened again (Back brings `call=` back): the score comes from the cache.
    await panel.getByRole('button', { name: 'Close call details' }).click();
    await expect(panel).toBeHidden();
    await page.goBack();
    await expect(definition(scorecard, 'Total score')).toHaveText(
      new RegExp(`^${String(insight.total_score)}\\b`),
    );
    await settleRequests(page);
    expect(seen.count).toBe(1);
  });

  test('asks nothing before a call is opened, then once for the opened call', async ({
    page,
    request,
  }) => {
    // Meetings set by a human on calls of 30 s or more: connected, so worth a lookup.
    const filters =
      'filters[outcome]=answered&filters[answered_by]=human&filters[min_duration]=30&filters[disposition_ids][]=1';
    const [first] = (await fetchCallLog(request, `page=1&limit=50&sort=-started_at&${filters}`))
      .data;
    if (typeof first?.transcription !== 'string') throw new Error('no meeting with a transcript');
    const seen = countScoredCallsRequests(page);

    await page.goto(`/?${filters}`);
    await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
    await settleRequests(page);
    expect(seen.count).toBe(0);

    // Opened from the keyboard: the charts above the table arrive after the rows and move it, so a
    // click aimed at the row's position can land elsewhere (the call log's own spec clicks).
    await page.getByRole('table').getByRole('row').nth(1).focus();
    await page.keyboard.press('Enter');
    const scorecard = page
      .getByRole('dialog', { name: contactName(first) })
      .getByRole('region', { name: 'Scorecard' });
    await expect(scorecard).not.toContainText('Looking up the score…');
    await settleRequests(page);
    expect(seen.count).toBe(1);
  });

  test('a call without a score says so', async ({ page, request }) => {
    const { data } = await fetchCallLog(
      request,
      'page=1&limit=100&sort=-started_at&filters[outcome]=answered&filters[answered_by]=human&filters[min_duration]=30',
    );
    const candidates = data.filter(
      (call) =>
        typeof call.transcription === 'string' &&
        typeof call.contact === 'object' &&
        typeof call.ended_at === 'string' &&
        typeof (call.user as { _id?: string } | undefined)?._id === 'string' &&
        [1, 2, 3, 4, 5, 6, 7, 8, 9].includes(
          (call.disposition as { internal_id?: number } | undefined)?.internal_id ?? 0,
        ),
    );
    let unscored: RawCall | undefined;
    for (const call of candidates) {
      if (!(await hasScore(request, call))) {
        unscored = call;
        break;
      }
    }
    if (!unscored) throw new Error('every scorable call on the page has a score');

    await page.goto(`/?call=${unscored._id}`);
    const scorecard = page
      .getByRole('dialog', { name: contactName(unscored) })
      .getByRole('region', { name: 'Scorecard' });
    await expect(scorecard).toContainText('Salesfinity has not scored this call.');
  });

  test('a call that did not connect says why, without asking', async ({ page, request }) => {
    const [call] = (
      await fetchCallLog(request, 'page=1&limit=1&sort=-started_at&filters[outcome]=no-answer')
    ).data;
    if (!call) throw new Error('no unanswered call');
    const seen = countScoredCallsRequests(page);

    await page.goto(`/?call=${call._id}`);
    const scorecard = page.getByRole('dialog').getByRole('region', { name: 'Scorecard' });
    await expect(scorecard).toContainText('Salesfinity scores connected calls only');
    await settleRequests(page);
    expect(seen.count).toBe(0);
  });

  test('on the coaching page, a link to a call not on the page fetches it and looks its score up', async ({
    page,
    request,
  }) => {
    const record = await findFullyScoredCall(request);
    const call = record.call_log as RawCall;
    const total = record.insight?.total_score as number;
    const ended = new Date(Date.parse(call.ended_at as string)).toISOString();
    // A score range that leaves this call off the page.
    const range = total < 100 ? `min_score=${String(total + 1)}` : `max_score=${String(total - 1)}`;
    const seen = countScoredCallsRequests(page);
    const detail = page.waitForRequest((req) => req.url().endsWith(`/api/v1/call-log/${call._id}`));

    await page.goto(`/coaching?${range}&call=${call._id}`);
    await detail;
    const scorecard = page
      .getByRole('dialog', { name: contactName(call) })
      .getByRole('region', { name: 'Scorecard' });
    await expect(definition(scorecard, 'Total score')).toHaveText(
      new RegExp(`^${String(total)}\\b`),
    );
    await settleRequests(page);
    const lookups = seen.urls.filter((url) => url.searchParams.get('start_date') === ended);
    expect(lookups).toHaveLength(1);
  });

  test('axe is clean with the panel and the scorecard open', async ({ page, request }) => {
    // axe over a full table and a long panel is slow on a busy two-core machine.
    test.setTimeout(60_000);
    const record = await findFullyScoredCall(request);
    const call = record.call_log as RawCall;

    await page.goto(`/?call=${call._id}`);
    const scorecard = page
      .getByRole('dialog', { name: contactName(call) })
      .getByRole('region', { name: 'Scorecard' });
    await expect(scorecard.getByRole('article', { name: 'Call to action' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
