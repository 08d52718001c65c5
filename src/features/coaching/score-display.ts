import type { ScoreFacet } from '@contract/salesfinity';
import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';

/**
 * How scores read on the coaching page: three colour bands, the quick score choices that match
 * them, and the facets' short and full names.
 */

export type ScoreBand = 'low' | 'mid' | 'high';

/** Below 50, 50–69, 70 and up: the same cuts as the quick choices and the per-rep counts. */
export function scoreBand(score: number): ScoreBand {
  if (score < 50) return 'low';
  if (score < 70) return 'mid';
  return 'high';
}

export interface ScoreChoice {
  label: string;
  range: Pick<ScoredCallFilters, 'min_score' | 'max_score'>;
}

/** Quick score ranges; a choice is "on" when the URL's range is exactly its range. */
export const SCORE_CHOICES: readonly ScoreChoice[] = [
  { label: 'Below 50', range: { min_score: undefined, max_score: 49 } },
  { label: '50–69', range: { min_score: 50, max_score: 69 } },
  { label: '70+', range: { min_score: 70, max_score: undefined } },
];

export function isScoreChoiceOn(
  choice: ScoreChoice,
  filters: Pick<ScoredCallFilters, 'min_score' | 'max_score'>,
): boolean {
  return (
    choice.range.min_score === filters.min_score && choice.range.max_score === filters.max_score
  );
}

export const FACET_NAMES: Readonly<Record<ScoreFacet, { short: string; full: string }>> = {
  intro: { short: 'Int', full: 'Intro' },
  discovery: { short: 'Dis', full: 'Discovery' },
  pitch: { short: 'Pit', full: 'Pitch' },
  tonality: { short: 'Ton', full: 'Tonality' },
  objection_handling: { short: 'Obj', full: 'Objection handling' },
  cta: { short: 'CTA', full: 'Call to action' },
};

export type ScoreInputReading =
  { ok: true; value: number | undefined } | { ok: false; message: string };

/** A score typed in a field: empty is "any", else a whole number from 0 to 100. */
export function readScoreInput(text: string): ScoreInputReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: 'Enter a whole number from 0 to 100.' };
  const value = Number(trimmed);
  if (value > 100) return { ok: false, message: 'Enter a whole number from 0 to 100.' };
  return { ok: true, value };
}

/** Why a minimum and a maximum cannot go together, if they cannot. */
export function scoreRangeProblem(
  min: number | undefined,
  max: number | undefined,
): string | undefined {
  return min !== undefined && max !== undefined && min > max
    ? 'The minimum must not be above the maximum.'
    : undefined;
}
