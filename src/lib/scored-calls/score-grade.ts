import type { ScoreFacet } from '@contract/salesfinity';

/**
 * How a score reads wherever it is shown (the coaching table, the scorecard): three grades with
 * the same cuts as the coaching view's quick ranges and per-rep counts, and the facets' names.
 */

export type ScoreGrade = 'low' | 'fair' | 'strong';

/** Below 50 needs work; 70 or more is strong. */
export const FAIR_FROM = 50;
export const STRONG_FROM = 70;

const GRADE_LABELS: Record<ScoreGrade, string> = {
  low: 'Needs work',
  fair: 'Fair',
  strong: 'Strong',
};

export function scoreGrade(score: number): ScoreGrade {
  if (score >= STRONG_FROM) return 'strong';
  if (score >= FAIR_FROM) return 'fair';
  return 'low';
}

/** The grade in words, so colour is never the only sign. */
export function scoreGradeLabel(score: number): string {
  return GRADE_LABELS[scoreGrade(score)];
}

export const FACET_LABELS: Readonly<Record<ScoreFacet, string>> = {
  intro: 'Intro',
  discovery: 'Discovery',
  pitch: 'Pitch',
  tonality: 'Tonality',
  objection_handling: 'Objection handling',
  cta: 'Call to action',
};
