import type { ScoreFacet } from '@contract/salesfinity';
import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';

/**
 * How scores are chosen on the coaching page: the quick score choices (the same cuts as the
 * score grades), the facets' short names, and reading a typed score.
 */

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

/** The facets' short names, for the table's compact form (full names: `FACET_LABELS`). */
export const FACET_SHORT_NAMES: Readonly<Record<ScoreFacet, string>> = {
  intro: 'Int',
  discovery: 'Dis',
  pitch: 'Pit',
  tonality: 'Ton',
  objection_handling: 'Obj',
  cta: 'CTA',
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
