import { beforeAll, describe, expect, it } from 'vitest';
import {
  growthOf,
  listPerformance,
  overview,
  parseAnalyticsQuery,
  sdrPerformance,
} from './analytics.ts';
import type { AnalyticsQuery } from './analytics.ts';
import type { CallRecord } from './call-record.ts';
import { createSimulator } from './index.ts';
import type { Simulator } from './index.ts';
import { parseQueryString } from './query-params.ts';
import { TEST_NOW } from './test-helpers.ts';

/** Analytics against counts computed here from the materialised records and the contract's definitions. */

let simulator: Simulator;
let calls: CallRecord[];

beforeAll(() => {
  simulator = createSimulator({ calls: 4000, seed: 2, now: TEST_NOW });
  calls = simulator.callRecords();
});

const DAY = 86_400_000;
const parse = (query: string) => parseAnalyticsQuery(parseQueryString(query));
const isConnected = (c: CallRecord) =>
  c.answered_by === 'human' &&
  (c.disposition?.internal_id ?? 0) >= 1 &&
  (c.disposition?.internal_id ?? 0) <= 9;
const isMeeting = (c: CallRecord) => c.disposition?.internal_id === 1;
const isConversation = (c: CallRecord) =>
  isConnected(c) && (isMeeting(c) || (c.duration ?? 0) >= 60);
const isFollowUp = (c: CallRecord) => [6, 7, 8].includes(c.disposition?.internal_id ?? 0);
const inRange = (from: number, to: number) => (c: CallRecord) =>
  c.started_at !== undefined && Date.parse(c.started_at) >= from && Date.parse(c.started_at) <= to;

describe('parseAnalyticsQuery', () => {
  it('reads dates in the time zone, and the plain array parameters', () => {
    const query = parse(
      'start_date=2025-06-01&end_date=2025-06-07&timezone=America/Chicago&user_ids[]=a&user_ids[]=b&disposition_ids[]=1',
    );
    expect(query).toMatchObject({
      startMs: Date.parse('2025-06-01T05:00:00Z'),
      endMs: Date.parse('2025-06-08T04:59:59.999Z'),
      timeZone: 'America/Chicago',
      userIds: ['a', 'b'],
      dispositionIds: [1],
      page: 1,
      limit: 10,
    });
  });
  it('requires both dates and a real time zone', () => {
    expect(() => parse('')).toThrow('start_date and end_date are required');
    expect(() => parse('start_date=2025-06-01&end_date=2025-06-01&timezone=Nowhere/Town')).toThrow(
      /^timezone/,
    );
    expect(() => parse('start_date=2025-06-02&end_date=2025-06-01')).toThrow(/end_date/);
  });
});

describe('overview', () => {
  it('counts the definitions in the period and growth against the period before', () => {
    const end = TEST_NOW.getTime() - 3 * DAY;
    const start = end - 14 * DAY + 1;
    const query: AnalyticsQuery = {
      startMs: start,
      endMs: end,
      timeZone: 'UTC',
      page: 1,
      limit: 10,
    };
    const current = calls.filter(inRange(start, end));
    const previous = calls.filter(inRange(start - 14 * DAY, start - 1));
    const count = (list: CallRecord[], predicate: (c: CallRecord) => boolean) =>
      list.filter(predicate).length;
    const expected = (predicate: (c: CallRecord) => boolean) => ({
      value: count(current, predicate),
      growth: growthOf(count(current, predicate), count(previous, predicate)),
    });
    expect(overview(simulator.dataset, query)).toEqual({
      total_calls: expected(() => true),
      connected_calls: expected(isConnected),
      conversations: expected(isConversation),
      meetings_set: expected(isMeeting),
      total_follow_up_tasks: expected(isFollowUp),
    });
    expect(current.length).toBeGreaterThan(100);
  });
  it('applies user and disposition filters to both periods', () => {
    const rep = simulator.dataset.reps[2]?._id ?? '';
    const query: AnalyticsQuery = {
      startMs: TEST_NOW.getTime() - 30 * DAY,
      endMs: TEST_NOW.getTime(),
      timeZone: 'UTC',
      userIds: [rep],
      dispositionIds: [10, 11],
      page: 1,
      limit: 10,
    };
    const expected = calls.filter(
      (c) =>
        inRange(query.startMs, query.endMs)(c) &&
        c.user?._id === rep &&
        [10, 11].includes(c.disposition?.internal_id ?? 0),
    ).length;
    expect(overview(simulator.dataset, query).total_calls.value).toBe(expected);
    expect(overview(simulator.dataset, query).connected_calls.value).toBe(0);
  });
  it('growth is a percent change, null without a previous value', () => {
    expect(growthOf(150, 100)).toBe(50);
    expect(growthOf(1, 3)).toBe(-66.67);
    expect(growthOf(5, 0)).toBeNull();
    expect(growthOf(0, 0)).toBeNull();
  });
});

describe('sdr-performance', () => {
  it('tallies each rep, with rates of total calls and dials per active local day', () => {
    const start = TEST_NOW.getTime() - 60 * DAY;
    const end = TEST_NOW.getTime();
    const zone = 'America/Los_Angeles';
    const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    const result = sdrPerformance(simulator.dataset, {
      startMs: start,
      endMs: end,
      timeZone: zone,
      page: 1,
      limit: 100,
    });
    expect(result.totalCount).toBe(12);
    expect(result.data).toHaveLength(12);
    for (const row of result.data) {
      const mine = calls.filter((c) => c.user?._id === row._id && inRange(start, end)(c));
      const days = new Set(mine.map((c) => localDay.format(new Date(c.started_at ?? 0)))).size;
      const connected = mine.filter(isConnected).length;
      const conversations = mine.filter(isConversation).length;
      const rate = (n: number) =>
        mine.length === 0 ? 0 : Math.round((n / mine.length) * 10_000) / 10_000;
      expect(row).toMatchObject({
        total_calls: mine.length,
        connected_calls: connected,
        connection_rate: rate(connected),
        conversations,
        conversation_rate: rate(conversations),
        avg_dials_day: days === 0 ? 0 : Math.round((mine.length / days) * 100) / 100,
        total_duration: mine.reduce((sum, c) => sum + (c.duration ?? 0), 0),
        meetings_set: mine.filter(isMeeting).length,
      });
    }
    const totals = result.data.map((row) => row.total_calls);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
  it('pages with next and prev, and searches reps by name or e-mail', () => {
    const base = {
      startMs: TEST_NOW.getTime() - 90 * DAY,
      endMs: TEST_NOW.getTime(),
      timeZone: 'UTC',
    };
    const page2 = sdrPerformance(simulator.dataset, { ...base, page: 2, limit: 5 });
    expect(page2).toMatchObject({ totalCount: 12, page: 2, limit: 5, next: 3, prev: 1 });
    expect(page2.data).toHaveLength(5);
    const last = sdrPerformance(simulator.dataset, { ...base, page: 3, limit: 5 });
    expect(last.next).toBeNull();
    expect(last.data).toHaveLength(2);
    const rep = simulator.dataset.reps[4];
    const found = sdrPerformance(simulator.dataset, {
      ...base,
      page: 1,
      limit: 10,
      search: rep?.last_name.toLowerCase() ?? '',
    });
    expect(found.data.map((row) => row._id)).toContain(rep?._id);
  });
});

describe('list-performance', () => {
  it('tallies each list and names its owner', () => {
    const start = TEST_NOW.getTime() - 90 * DAY;
    const end = TEST_NOW.getTime();
    const result = listPerformance(simulator.dataset, {
      startMs: start,
      endMs: end,
      timeZone: 'UTC',
      page: 1,
      limit: 100,
    });
    expect(result.totalCount).toBe(simulator.dataset.lists.length);
    expect(result.data.map((row) => row._id).sort()).toEqual(
      simulator.dataset.lists.map((list) => list._id).sort(),
    );
    for (const row of result.data) {
      const mine = calls.filter((c) => c.contact_list?._id === row._id && inRange(start, end)(c));
      expect(row).toMatchObject({
        total_calls: mine.length,
        connected_calls: mine.filter(isConnected).length,
        conversations: mine.filter(isConversation).length,
        meetings_set: mine.filter(isMeeting).length,
      });
      expect(simulator.dataset.reps.map((rep) => rep._id)).toContain(row.owner._id);
    }
  });
});
