import { MAX_SCORE, MIN_SCORE } from '@contract/salesfinity';
import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';

/**
 * The summary's score ranges: ten 10-point bands (the last one 90–100) and the two per-rep ranges,
 * as inclusive bounds on `insight.total_score`, the way `min_score`/`max_score` read them.
 */

/**
 * A score filter to apply: both keys are set, an absent one removed, so `{}` clears the range. A
 * bound at the end of the scale is still a bound: `min_score=0` leaves out calls without a score.
 */
export interface ScoreRange {
  min_score?: number;
  max_score?: number;
}

export interface ScoreBand {
  /** "40-49": stable, for keys and test ids. */
  id: string;
  /** "40–49": what the chart and its list show. */
  label: string;
  min: number;
  max: number;
}

const BAND_WIDTH = 10;

function band(min: number, max: number): ScoreBand {
  return { id: `${String(min)}-${String(max)}`, label: `${String(min)}–${String(max)}`, min, max };
}

/** 0–9, 10–19, …, 80–89, 90–100: every score in exactly one band. */
export const SCORE_BANDS: readonly ScoreBand[] = Array.from(
  { length: (MAX_SCORE - MIN_SCORE) / BAND_WIDTH },
  (_, index) => {
    const min = MIN_SCORE + index * BAND_WIDTH;
    const isLast = min + BAND_WIDTH >= MAX_SCORE;
    return band(min, isLast ? MAX_SCORE : min + BAND_WIDTH - 1);
  },
);

/** A rep's range: "below 50" and "70 or more". */
export interface RepScoreRange {
  id: 'below-50' | 'from-70';
  /** The column's heading. */
  label: string;
  /** In a count's name: "12 calls scoring under 50 by Dana Kim". */
  phrase: string;
  min: number;
  max: number;
}

export const REP_SCORE_RANGES: readonly [RepScoreRange, RepScoreRange] = [
  { id: 'below-50', label: 'Below 50', phrase: 'scoring under 50', min: MIN_SCORE, max: 49 },
  { id: 'from-70', label: '70 or more', phrase: 'scoring 70 or more', min: 70, max: MAX_SCORE },
];

/** The filters' score range with `[min, max]`, or null when no score is in both. */
export function intersectScoreRange(
  filters: ScoredCallFilters,
  min: number,
  max: number,
): { min_score: number; max_score: number } | null {
  const low = Math.max(filters.min_score ?? MIN_SCORE, min);
  const high = Math.min(filters.max_score ?? MAX_SCORE, max);
  return low > high ? null : { min_score: low, max_score: high };
}

/** The current score range lies inside `band`: the band holds every call shown. */
export function isBandActive(filters: ScoredCallFilters, band: ScoreBand): boolean {
  const range = intersectScoreRange(filters, MIN_SCORE, MAX_SCORE);
  return range !== null && range.min_score >= band.min && range.max_score <= band.max;
}

/**
 * What clicking a band sets: the band within the current score range, so the table then shows
 * exactly the calls the band counted; on the active band, no range (the click takes it off).
 * Null for a band outside the current range, which counts nothing and offers no click.
 */
export function bandSelection(filters: ScoredCallFilters, band: ScoreBand): ScoreRange | null {
  if (isBandActive(filters, band)) return {};
  const range = intersectScoreRange(filters, band.min, band.max);
  return range;
}

/** What clicking a rep's count sets: that range within the current one (null: it counts nothing). */
export function repRangeSelection(
  filters: ScoredCallFilters,
  range: RepScoreRange,
): ScoreRange | null {
  return intersectScoreRange(filters, range.min, range.max);
}
