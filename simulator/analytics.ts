import {
  CONNECTED_DISPOSITION_IDS,
  CONVERSATION_MIN_SECONDS,
  MEETING_SET_DISPOSITION_ID,
} from '../contract/salesfinity.ts';
import { ANSWERED_BY_CODE } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { badRequest } from './http-error.ts';
import {
  instantOf,
  readDate,
  readLimit,
  readList,
  readPage,
  readPositiveIntegers,
  readScalar,
} from './query-params.ts';
import type { QueryParams } from './query-params.ts';
import { DAY_MS, LocalDayCounter, isValidTimeZone } from './time-zones.ts';

/**
 * `/v1/analytics/*`: counts over the columns in one pass. Calls are placed in time by
 * `started_at` (as in the call-log date filter); a call without `started_at` is in no period.
 *
 * Definitions (contract): connected = answered by a human with disposition 1–9; conversation =
 * connected and (meeting set or duration ≥ 60 s); meeting set = disposition 1. [ours] A follow-up
 * task is a call dispositioned "Call back later", "Reach out in 6 months" or "Send an email"
 * (6, 7, 8): the dispositions that promise another touch.
 */

export const FOLLOW_UP_DISPOSITION_IDS = [6, 7, 8] as const;

export interface AnalyticsQuery {
  startMs: number;
  endMs: number;
  timeZone: string;
  userIds?: string[];
  dispositionIds?: number[];
  page: number;
  limit: number;
  search?: string;
}

export function parseAnalyticsQuery(params: QueryParams): AnalyticsQuery {
  const timeZone = readScalar(params, 'timezone') ?? 'UTC';
  if (!isValidTimeZone(timeZone)) {
    throw badRequest('timezone must be an IANA time zone name, e.g. America/New_York');
  }
  const start = readDate(params, 'start_date');
  const end = readDate(params, 'end_date');
  if (!start && !end) throw badRequest('start_date and end_date are required');
  if (!start) throw badRequest('start_date is required');
  if (!end) throw badRequest('end_date is required');
  const startMs = instantOf(start, { isEnd: false, timeZone });
  const endMs = instantOf(end, { isEnd: true, timeZone });
  if (endMs < startMs) throw badRequest('end_date must not be before start_date');

  const query: AnalyticsQuery = {
    startMs,
    endMs,
    timeZone,
    page: readPage(params),
    limit: readLimit(params, 10),
  };
  const userIds = readList(params, 'user_ids');
  if (userIds) query.userIds = userIds;
  const dispositionIds = readPositiveIntegers(params, 'disposition_ids');
  if (dispositionIds) query.dispositionIds = dispositionIds;
  const search = readScalar(params, 'search')?.trim().toLowerCase();
  if (search) query.search = search;
  return query;
}

export interface Tally {
  total_calls: number;
  connected_calls: number;
  conversations: number;
  meetings_set: number;
  follow_ups: number;
  total_duration: number;
  /** Distinct local days (in the query's time zone) with at least one call. */
  active_days: number;
}

/** Lookup tables by disposition id (the column is Uint8). */
function tableOf(ids: readonly number[]): Uint8Array {
  const table = new Uint8Array(256);
  for (const id of ids) if (id >= 0 && id < 256) table[id] = 1;
  return table;
}
const CONNECTED = tableOf(CONNECTED_DISPOSITION_IDS);
const FOLLOW_UPS = tableOf(FOLLOW_UP_DISPOSITION_IDS);

/**
 * Tallies the selected calls started in [fromMs, toMs] per group (`groupColumn` value; -1 = no
 * group; null = one group) in a single pass with typed-array counters, which keeps a whole-window
 * query over a million calls in tens of milliseconds.
 */
function tally(
  dataset: Dataset,
  query: AnalyticsQuery,
  options: {
    fromMs: number;
    toMs: number;
    groupColumn: Uint8Array | Int16Array | null;
    groups: number;
    /** Count active days: only dials per day needs them, and they are the costly part. */
    countDays?: boolean;
  },
): Tally[] {
  const { fromMs, toMs, groupColumn, groups, countDays = false } = options;
  const { startedAt, duration, disposition, answeredBy, rep, count } = dataset.calls;
  const reps = query.userIds
    ? tableOf(dataset.reps.filter((r) => query.userIds?.includes(r._id)).map((r) => r.index))
    : null;
  const dispositions = query.dispositionIds ? tableOf(query.dispositionIds) : null;
  const total = new Int32Array(groups);
  const connected = new Int32Array(groups);
  const conversations = new Int32Array(groups);
  const meetings = new Int32Array(groups);
  const followUps = new Int32Array(groups);
  const seconds = new Float64Array(groups);
  // Calls only exist inside the dataset's window, so local days index a small fixed range.
  const days = new LocalDayCounter(query.timeZone, dataset.windowStartMs - DAY_MS, dataset.nowMs);
  const firstDay = days.dayNumber(dataset.windowStartMs) - 1;
  const dayRange = Math.ceil((dataset.nowMs - dataset.windowStartMs) / DAY_MS) + 3;
  const seen = new Uint8Array(countDays ? groups * dayRange : 0);

  for (let i = 0; i < count; i++) {
    const t = startedAt[i] ?? NaN;
    if (!(t >= fromMs && t <= toMs)) continue;
    if (reps && reps[rep[i] ?? 0] !== 1) continue;
    const d = disposition[i] ?? 0;
    if (dispositions && dispositions[d] !== 1) continue;
    const group = groupColumn ? (groupColumn[i] ?? -1) : 0;
    if (group < 0) continue;
    const length = duration[i] ?? -1;
    total[group] = (total[group] ?? 0) + 1;
    if (length > 0) seconds[group] = (seconds[group] ?? 0) + length;
    if (FOLLOW_UPS[d] === 1) followUps[group] = (followUps[group] ?? 0) + 1;
    if (d === MEETING_SET_DISPOSITION_ID) meetings[group] = (meetings[group] ?? 0) + 1;
    if (answeredBy[i] === ANSWERED_BY_CODE.human && CONNECTED[d] === 1) {
      connected[group] = (connected[group] ?? 0) + 1;
      if (d === MEETING_SET_DISPOSITION_ID || length >= CONVERSATION_MIN_SECONDS) {
        conversations[group] = (conversations[group] ?? 0) + 1;
      }
    }
    if (countDays) seen[group * dayRange + (days.dayNumber(t) - firstDay)] = 1;
  }

  return Array.from({ length: groups }, (_, group) => {
    let activeDays = 0;
    for (let d = 0; d < dayRange; d++) activeDays += seen[group * dayRange + d] ?? 0;
    return {
      total_calls: total[group] ?? 0,
      connected_calls: connected[group] ?? 0,
      conversations: conversations[group] ?? 0,
      meetings_set: meetings[group] ?? 0,
      follow_ups: followUps[group] ?? 0,
      total_duration: seconds[group] ?? 0,
      active_days: activeDays,
    };
  });
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Percent change; null when the previous period had none (no finite change exists). */
export function growthOf(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return round(((current - previous) / previous) * 100, 2);
}

export interface OverviewMetric {
  value: number;
  growth: number | null;
}

export interface Overview {
  total_calls: OverviewMetric;
  connected_calls: OverviewMetric;
  conversations: OverviewMetric;
  meetings_set: OverviewMetric;
  total_follow_up_tasks: OverviewMetric;
}

/** The period against the one of equal length just before it. */
export function overview(dataset: Dataset, query: AnalyticsQuery): Overview {
  const length = query.endMs - query.startMs + 1;
  const period = (fromMs: number, toMs: number) =>
    tally(dataset, query, { fromMs, toMs, groupColumn: null, groups: 1 })[0] as Tally;
  const current = period(query.startMs, query.endMs);
  const previous = period(query.startMs - length, query.startMs - 1);
  const metric = (key: keyof Tally): OverviewMetric => ({
    value: current[key],
    growth: growthOf(current[key], previous[key]),
  });
  return {
    total_calls: metric('total_calls'),
    connected_calls: metric('connected_calls'),
    conversations: metric('conversations'),
    meetings_set: metric('meetings_set'),
    total_follow_up_tasks: metric('follow_ups'),
  };
}

interface PagedRows<T> {
  totalCount: number;
  page: number;
  limit: number;
  next: number | null;
  prev: number | null;
  data: T[];
}

function paged<T>(rows: T[], query: AnalyticsQuery): PagedRows<T> {
  const from = (query.page - 1) * query.limit;
  return {
    totalCount: rows.length,
    page: query.page,
    limit: query.limit,
    next: from + query.limit < rows.length ? query.page + 1 : null,
    prev: query.page > 1 ? query.page - 1 : null,
    data: rows.slice(from, from + query.limit),
  };
}

export interface SdrRow {
  _id: string;
  first_name: string;
  last_name: string;
  email: string;
  total_calls: number;
  connected_calls: number;
  connection_rate: number;
  conversations: number;
  conversation_rate: number;
  avg_dials_day: number;
  total_duration: number;
  meetings_set: number;
}

/**
 * One row per rep (including reps without calls in the period), most calls first, ties by `_id`.
 * Rates are shares of total_calls (0–1, four decimals); avg_dials_day = total_calls / distinct
 * days (in `timezone`) on which the rep made at least one call, 0 without calls.
 */
export function sdrPerformance(dataset: Dataset, query: AnalyticsQuery): PagedRows<SdrRow> {
  const tallies = tally(dataset, query, {
    fromMs: query.startMs,
    toMs: query.endMs,
    groupColumn: dataset.calls.rep,
    groups: dataset.reps.length,
    countDays: true,
  });
  const rows = dataset.reps
    .filter((rep) => !query.userIds || query.userIds.includes(rep._id))
    .filter(
      (rep) =>
        !query.search ||
        `${rep.first_name}\n${rep.last_name}\n${rep.first_name} ${rep.last_name}\n${rep.email}`
          .toLowerCase()
          .includes(query.search),
    )
    .map((rep): SdrRow => {
      const counts = tallies[rep.index] as Tally;
      const days = counts.active_days;
      const share = (part: number) =>
        counts.total_calls === 0 ? 0 : round(part / counts.total_calls, 4);
      return {
        _id: rep._id,
        first_name: rep.first_name,
        last_name: rep.last_name,
        email: rep.email,
        total_calls: counts.total_calls,
        connected_calls: counts.connected_calls,
        connection_rate: share(counts.connected_calls),
        conversations: counts.conversations,
        conversation_rate: share(counts.conversations),
        avg_dials_day: days === 0 ? 0 : round(counts.total_calls / days, 2),
        total_duration: counts.total_duration,
        meetings_set: counts.meetings_set,
      };
    });
  rows.sort((a, b) => b.total_calls - a.total_calls || (a._id < b._id ? -1 : 1));
  return paged(rows, query);
}

export interface ListRow {
  _id: string;
  name: string;
  source: string;
  total_calls: number;
  connected_calls: number;
  conversations: number;
  meetings_set: number;
  owner: { _id: string; email: string; first_name: string; last_name: string };
}

/** One row per contact list (calls without a list count nowhere), most calls first, ties by `_id`. */
export function listPerformance(dataset: Dataset, query: AnalyticsQuery): PagedRows<ListRow> {
  const tallies = tally(dataset, query, {
    fromMs: query.startMs,
    toMs: query.endMs,
    groupColumn: dataset.calls.list,
    groups: dataset.lists.length,
  });
  const rows = dataset.lists
    .filter((list) => !query.search || list.name.toLowerCase().includes(query.search))
    .map((list): ListRow => {
      const counts = tallies[list.index] as Tally;
      const owner = dataset.reps[list.ownerIndex];
      return {
        _id: list._id,
        name: list.name,
        source: list.source,
        total_calls: counts.total_calls,
        connected_calls: counts.connected_calls,
        conversations: counts.conversations,
        meetings_set: counts.meetings_set,
        owner: {
          _id: owner?._id ?? '',
          email: owner?.email ?? '',
          first_name: owner?.first_name ?? '',
          last_name: owner?.last_name ?? '',
        },
      };
    });
  rows.sort((a, b) => b.total_calls - a.total_calls || (a._id < b._id ? -1 : 1));
  return paged(rows, query);
}
