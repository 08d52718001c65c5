import { SCORE_FACETS } from '@contract/salesfinity';
import { MissingValue } from '@/components/ui/data-table/missing-value';
import type { FacetScores } from '@/lib/scored-calls/scored-call-schema';
import { FACET_LABELS, scoreGrade } from '@/lib/scored-calls/score-grade';
import { FACET_SHORT_NAMES } from './score-display';

/** The total score: a number on a band colour, read out as "Score 72"; "Not scored" without one. */
export function ScoreBadge({ score }: { score: number | undefined }) {
  if (score === undefined) {
    return <span className="score-badge score-badge--none">Not scored</span>;
  }
  return (
    <span className={`score-badge score-badge--${scoreGrade(score)}`}>
      <span className="visually-hidden">Score </span>
      {score}
    </span>
  );
}

/**
 * The six facet scores side by side, each under a short name; the full name is what a screen
 * reader hears ("Discovery 72"), and a facet without a score is "not scored", never 0.
 */
export function FacetScoresCell({ facets }: { facets: FacetScores | undefined }) {
  return (
    <ul className="facet-scores">
      {SCORE_FACETS.map((facet) => {
        const short = FACET_SHORT_NAMES[facet];
        const full = FACET_LABELS[facet];
        const score = facets?.[facet]?.score;
        return (
          <li
            key={facet}
            className="facet-scores__item"
            data-facet={facet}
            title={`${full}: ${score === undefined ? 'not scored' : String(score)}`}
          >
            <span className="facet-scores__name" aria-hidden="true">
              {short}
            </span>
            <span className="visually-hidden">{full} </span>
            {score === undefined ? (
              <MissingValue label="not scored" />
            ) : (
              <span className={`facet-scores__value facet-scores__value--${scoreGrade(score)}`}>
                {score}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The objections the prospect raised, as short labels; none detected is said in words. */
export function ObjectionsCell({ objections }: { objections: readonly string[] | undefined }) {
  if (objections === undefined) return <MissingValue label="not scored" />;
  if (objections.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="objections">
      {objections.map((objection, index) => (
        <li key={`${index}-${objection}`} className="objections__item">
          {objection}
        </li>
      ))}
    </ul>
  );
}
