import { resolvePreset } from '@/lib/dates/date-range-presets';
import type { ScoredCallFilters, ScoredCallSort } from '@/lib/scored-calls/scored-calls-query';
import { DEFAULT_SCORED_CALLS_PAGE } from '@/lib/scored-calls/scored-calls-query';
import type { CoachingView } from './coaching-view';

/**
 * Pure edits of a coaching view for the UI. They never mutate, and any change to what the list
 * shows sends the user back to page 1: page 7 of the old result means nothing in the new one.
 * Opening or closing a call keeps everything else.
 */

const FILTER_KEYS = [
  'start_date',
  'end_date',
  'min_score',
  'max_score',
  'user_id',
] as const satisfies readonly (keyof ScoredCallFilters)[];

/** Merges `patch` into the filters; a key set to `undefined` removes that filter. */
export function withScoredFilters(
  view: CoachingView,
  patch: Partial<ScoredCallFilters>,
): CoachingView {
  const next: CoachingView = { ...view, ...patch, page: DEFAULT_SCORED_CALLS_PAGE };
  for (const key of FILTER_KEYS) {
    if (next[key] === undefined) Reflect.deleteProperty(next, key);
  }
  return next;
}

export function withPage(view: CoachingView, page: number): CoachingView {
  return { ...view, page };
}

export function withLimit(view: CoachingView, limit: number): CoachingView {
  return { ...view, page: DEFAULT_SCORED_CALLS_PAGE, limit };
}

export function withSort(view: CoachingView, sort: ScoredCallSort): CoachingView {
  return { ...view, page: DEFAULT_SCORED_CALLS_PAGE, sort };
}

/**
 * Opens call `id` (a call-log `_id`), optionally at `t` seconds, or closes the open call with
 * `undefined`. The offset belongs to the call it was given with, so it is replaced either way.
 */
export function withCall(view: CoachingView, id: string | undefined, t?: number): CoachingView {
  const { call: _call, t: _t, ...rest } = view;
  if (id === undefined) return rest;
  return t === undefined ? { ...rest, call: id } : { ...rest, call: id, t };
}

/** Whether calls marked reviewed in this browser are left out of the list. */
export function withReviewedHidden(view: CoachingView, isHidden: boolean): CoachingView {
  const { reviewed: _reviewed, ...rest } = view;
  return isHidden
    ? { ...rest, page: DEFAULT_SCORED_CALLS_PAGE, reviewed: 'hide' }
    : { ...rest, page: DEFAULT_SCORED_CALLS_PAGE };
}

/** Keeps sort, page size, the open call and the reviewed toggle: only what narrows the list goes. */
export function clearScoredFilters(view: CoachingView): CoachingView {
  return withScoredFilters(view, {
    start_date: undefined,
    end_date: undefined,
    min_score: undefined,
    max_score: undefined,
    user_id: undefined,
  });
}

export function hasScoredFilters(view: CoachingView): boolean {
  return FILTER_KEYS.some((key) => view[key] !== undefined);
}

/** The highest score "Needs review" takes in, inclusive. */
export const NEEDS_REVIEW_MAX_SCORE = 50;
/** How many days back "Needs review" looks, today included. */
export const NEEDS_REVIEW_DAYS = 7;

/**
 * "Needs review": scored in the last 7 days (from the start of the day 6 days before today in the
 * user's zone, as the "Last 7 days" preset writes it), score 50 or less, page 1. The rep, sort,
 * page size and the open call stay; the end date and minimum score go, since they would narrow
 * the queue behind the user's back.
 */
export function needsReviewView(view: CoachingView, now: Date, timeZone: string): CoachingView {
  const { start } = resolvePreset('last_7_days', now, timeZone);
  return withScoredFilters(view, {
    start_date: start,
    end_date: undefined,
    min_score: undefined,
    max_score: NEEDS_REVIEW_MAX_SCORE,
  });
}
