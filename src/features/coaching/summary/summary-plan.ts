import { MAX_SCORE, MIN_SCORE } from '@contract/salesfinity';
import {
  DEFAULT_SCORED_CALLS_SORT,
  toScoredCallsSearchParams,
} from '@/lib/scored-calls/scored-calls-query';
import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';
import { intersectScoreRange, REP_SCORE_RANGES, SCORE_BANDS } from './score-bands';
import type { ScoreBand } from './score-bands';

/**
 * The coaching summary's numbers over the whole filtered set, as `limit=1` counts: each band or
 * rep range is the filters intersected with its score range (and rep). Pure: it says which
 * requests to make and how each number follows from their totals; the hook makes them.
 */

/**
 * The most `limit=1` counts one filter change may ask for, and the most one "Show more reps" may:
 * the product's budget, whatever the filters, the team's size or the number of calls (the plan
 * never looks at the data). Reps beyond it wait for "Show more reps".
 */
export const SUMMARY_REQUEST_BUDGET = 25;

/** The filters as the request writes them (without page, limit and sort): equal text, equal request. */
export function summaryFiltersKey(filters: ScoredCallFilters): string {
  const params = toScoredCallsSearchParams({
    ...filters,
    page: 1,
    limit: 1,
    sort: DEFAULT_SCORED_CALLS_SORT,
  });
  for (const key of ['page', 'limit', 'sort']) params.delete(key);
  return params.toString();
}

/** Where one count comes from. */
export type SummarySource =
  /** The current filters themselves: the table's total, no request of its own. */
  | { kind: 'total' }
  /** A `limit=1` request with these filters. */
  | { kind: 'count'; filters: ScoredCallFilters; key: string };

/** `coefficient × count(source)`; a number is the sum of its terms. */
export interface PlannedTerm {
  coefficient: number;
  source: SummarySource;
}

/** What a number adds to the filters: an inclusive score range, and for a rep their id. */
export interface SummaryCondition {
  min: number;
  max: number;
  user_id?: string;
}

const countOf = (filters: ScoredCallFilters): SummarySource => ({
  kind: 'count',
  filters,
  key: summaryFiltersKey(filters),
});

const hasScoreBound = (filters: ScoredCallFilters) =>
  filters.min_score !== undefined || filters.max_score !== undefined;

/**
 * The source of `filters ∧ condition`, or null when no call can match both (then the count is 0
 * and costs nothing). The filters' own count is `total` only when `isTotalKnown`; otherwise it is
 * a request like any other.
 */
export function summarySource(
  filters: ScoredCallFilters,
  condition: SummaryCondition,
  isTotalKnown: boolean,
): SummarySource | null {
  const { user_id: userId } = condition;
  if (userId !== undefined && filters.user_id !== undefined && filters.user_id !== userId) {
    return null;
  }
  const range = intersectScoreRange(filters, condition.min, condition.max);
  if (range === null) return null;
  // Without a bound the filters also match calls that have no score; with one, only scored calls
  // in their range, so a condition that leaves that range as it is adds nothing.
  const keepsRange =
    hasScoreBound(filters) &&
    range.min_score === (filters.min_score ?? MIN_SCORE) &&
    range.max_score === (filters.max_score ?? MAX_SCORE);
  const keepsUser = userId === undefined || userId === filters.user_id;
  if (keepsRange && keepsUser) return isTotalKnown ? { kind: 'total' } : countOf(filters);
  return countOf({ ...filters, ...range, ...(userId === undefined ? {} : { user_id: userId }) });
}

const sourceId = (source: SummarySource) => (source.kind === 'total' ? '' : source.key);

/** The terms summed, equal sources merged; terms that cancel out drop, and cost nothing. */
export function sumTerms(...parts: readonly (readonly PlannedTerm[])[]): PlannedTerm[] {
  const merged = new Map<string, PlannedTerm>();
  for (const terms of parts) {
    for (const { coefficient, source } of terms) {
      const id = sourceId(source);
      const existing = merged.get(id);
      if (existing) existing.coefficient += coefficient;
      else merged.set(id, { coefficient, source });
    }
  }
  return [...merged.values()].filter((term) => term.coefficient !== 0);
}

const negate = (terms: readonly PlannedTerm[]) =>
  terms.map(({ coefficient, source }) => ({ coefficient: -coefficient, source }));

function termsOf(source: SummarySource | null): PlannedTerm[] {
  return source === null ? [] : [{ coefficient: 1, source }];
}

/** Each distinct request of `terms` once, in order, leaving out those already in `planned`. */
function newRequests(
  terms: Iterable<readonly PlannedTerm[]>,
  planned: ReadonlySet<string>,
): Map<string, ScoredCallFilters> {
  const requests = new Map<string, ScoredCallFilters>();
  for (const list of terms) {
    for (const { source } of list) {
      if (source.kind === 'count' && !planned.has(source.key) && !requests.has(source.key)) {
        requests.set(source.key, source.filters);
      }
    }
  }
  return requests;
}

export interface PlannedBand {
  band: ScoreBand;
  terms: PlannedTerm[];
}

export interface PlannedRep<R> {
  rep: R;
  /** In the order of REP_SCORE_RANGES: below 50, 70 or more. */
  ranges: [PlannedTerm[], PlannedTerm[]];
}

export interface SummaryPlan<R> {
  bands: PlannedBand[];
  /** The reps counted, a prefix of the reps given, in their order. */
  reps: PlannedRep<R>[];
  /** The reps after them: listed as not counted yet, until "Show more reps". */
  uncountedReps: R[];
  /**
   * Distinct requests by the step that first needs them: [0] on a filter change, then one more
   * per "Show more reps". Each step holds at most SUMMARY_REQUEST_BUDGET.
   */
  requestSteps: ScoredCallFilters[][];
  /** Every request of every step, each once. */
  requests: ScoredCallFilters[];
}

export interface SummaryPlanOptions {
  /**
   * The table's answer for these filters said how many match (`pagination.total`): then counts
   * equal to it cost nothing and one band may be derived from it.
   */
  isTotalKnown: boolean;
  /** How many steps of reps to count: 1 after a filter change, one more per "Show more reps". */
  repSteps: number;
}

function planBands(filters: ScoredCallFilters, isTotalKnown: boolean): PlannedBand[] {
  const bands = SCORE_BANDS.map((band) => ({
    band,
    terms: termsOf(summarySource(filters, { min: band.min, max: band.max }, isTotalKnown)),
  }));
  // With a score bound every matching call has a score, so the bands split the total exactly and
  // one of them is the total less the others. Without one, calls that have no score are in the
  // total and in no band: each band is counted.
  if (!isTotalKnown || !hasScoreBound(filters)) return bands;
  const counted = bands.filter(({ terms }) => terms[0]?.source.kind === 'count');
  // One band in range is the total itself (`total`, already free); two or more can spare one.
  const derived = counted[0];
  if (derived === undefined || counted.length < 2) return bands;
  derived.terms = sumTerms(
    [{ coefficient: 1, source: { kind: 'total' } }],
    ...bands.filter((other) => other !== derived).map(({ terms }) => negate(terms)),
  );
  return bands;
}

/** The bands' terms summed over `[min, max]`, which must be whole bands. */
function bandsWithin(bands: readonly PlannedBand[], min: number, max: number): PlannedTerm[] {
  return sumTerms(
    ...bands.filter(({ band }) => band.min >= min && band.max <= max).map(({ terms }) => terms),
  );
}

function planRep<R extends { id: string }>(
  filters: ScoredCallFilters,
  rep: R,
  bands: readonly PlannedBand[],
  isTotalKnown: boolean,
): PlannedRep<R> {
  const [below, from] = REP_SCORE_RANGES.map((range) =>
    // The filters' own rep: the range is whole bands of the same calls, already counted.
    filters.user_id === rep.id
      ? bandsWithin(bands, range.min, range.max)
      : termsOf(
          summarySource(filters, { min: range.min, max: range.max, user_id: rep.id }, isTotalKnown),
        ),
  );
  return { rep, ranges: [below ?? [], from ?? []] };
}

/**
 * The summary's plan for `filters` and `reps` (in the order they are listed). Bands first; then
 * reps in order while their requests fit the step's budget: the first rep that does not fit
 * starts the next step, or, past `repSteps`, it and the reps after it are not counted yet.
 */
export function planSummary<R extends { id: string }>(
  filters: ScoredCallFilters,
  reps: readonly R[],
  { isTotalKnown, repSteps }: SummaryPlanOptions,
): SummaryPlan<R> {
  const bands = planBands(filters, isTotalKnown);
  const bandRequests = newRequests(
    bands.map(({ terms }) => terms),
    new Set(),
  );
  const planned = new Set(bandRequests.keys());
  const requestSteps: ScoredCallFilters[][] = [[...bandRequests.values()]];
  let left = SUMMARY_REQUEST_BUDGET - planned.size;

  const counted: PlannedRep<R>[] = [];
  for (const rep of reps) {
    const plannedRep = planRep(filters, rep, bands, isTotalKnown);
    const requests = newRequests(plannedRep.ranges, planned);
    if (requests.size > left) {
      // A rep never needs more than two requests, so a fresh step always has room for one.
      if (requestSteps.length >= repSteps || requests.size > SUMMARY_REQUEST_BUDGET) break;
      requestSteps.push([]);
      left = SUMMARY_REQUEST_BUDGET;
    }
    const step = requestSteps[requestSteps.length - 1];
    for (const [key, request] of requests) {
      planned.add(key);
      step?.push(request);
    }
    left -= requests.size;
    counted.push(plannedRep);
  }
  return {
    bands,
    reps: counted,
    uncountedReps: reps.slice(counted.length),
    requestSteps,
    requests: requestSteps.flat(),
  };
}

/** A count's state: its number, still coming, or failed (after the query client's retries). */
export type CountState = number | 'counting' | 'failed';

/** The state of one source's count. */
export type SummaryLookup = (source: SummarySource) => CountState;

/**
 * The value of `terms`: failed if any count failed, counting while any is still coming, else the
 * sum, never below 0 (counts of a live service read at different moments can disagree by a call).
 */
export function evaluateTerms(terms: readonly PlannedTerm[], lookup: SummaryLookup): CountState {
  let sum = 0;
  let isCounting = false;
  for (const { coefficient, source } of terms) {
    const count = lookup(source);
    if (count === 'failed') return 'failed';
    if (count === 'counting') isCounting = true;
    else sum += coefficient * count;
  }
  return isCounting ? 'counting' : Math.max(0, sum);
}

export interface BandCount {
  band: ScoreBand;
  count: CountState;
}

export interface RepCounts<R> {
  rep: R;
  /** In the order of REP_SCORE_RANGES: below 50, 70 or more. */
  counts: [CountState, CountState];
}

export interface SummaryNumbers<R> {
  bands: BandCount[];
  reps: RepCounts<R>[];
}

export function evaluateSummary<R>(
  plan: Pick<SummaryPlan<R>, 'bands' | 'reps'>,
  lookup: SummaryLookup,
): SummaryNumbers<R> {
  return {
    bands: plan.bands.map(({ band, terms }) => ({ band, count: evaluateTerms(terms, lookup) })),
    reps: plan.reps.map(({ rep, ranges }) => ({
      rep,
      counts: [evaluateTerms(ranges[0], lookup), evaluateTerms(ranges[1], lookup)],
    })),
  };
}

/** The scored calls the bands cover: their sum once every band is in, else undefined. */
export function scoredTotal(numbers: Pick<SummaryNumbers<unknown>, 'bands'>): number | undefined {
  let sum = 0;
  for (const { count } of numbers.bands) {
    if (typeof count !== 'number') return undefined;
    sum += count;
  }
  return sum;
}
