import { useState } from 'react';
import { formatCount } from '@/lib/format/count';
import type { ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';
import { RepScoreTable } from './rep-score-table';
import { ScoreBandChart } from './score-band-chart';
import type { ScoreRange } from './score-bands';
import { scoredTotal, SUMMARY_REQUEST_BUDGET, summaryFiltersKey } from './summary-plan';
import type { SummaryRep } from './summary-reps';
import { useSummaryNumbers } from './use-summary-numbers';
import type { SummaryQueries, SummaryState } from './use-summary-numbers';
import './coaching-summary.css';

export interface CoachingSummaryProps {
  /** The table's query: the summary counts its filters, and reads its total from the same page. */
  query: ScoredCallsQuery;
  /** A band was clicked: apply this score range (`{}` clears it); the host adds a history entry. */
  onSelectBand: (range: ScoreRange) => void;
  /** A rep's count was clicked: that rep, in this score range. */
  onSelectRep: (userId: string, range: ScoreRange) => void;
  /** The app's queries unless a test passes its own. */
  queries?: SummaryQueries;
}

const listNames = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

function describeFailure({ bands, reps }: SummaryState['failed']): string | undefined {
  const parts: string[] = [];
  if (bands.length > 0) {
    parts.push(
      `the score band${bands.length > 1 ? 's' : ''} ${listNames(bands.map((b) => b.label))}`,
    );
  }
  if (reps.length > 0) parts.push(`the counts of ${listNames(reps.map((r) => r.name))}`);
  return parts.length === 0 ? undefined : `Could not count ${parts.join(', nor ')}.`;
}

function ExactText({ state }: { state: SummaryState }) {
  const scored = scoredTotal(state.numbers);
  if (state.isCounting) return <>Counting all matching calls…</>;
  if (scored === undefined) return <>The counts shown are exact; those marked “—” are missing.</>;
  const { tableTotal } = state;
  const unscored = typeof tableTotal === 'number' ? tableTotal - scored : 0;
  return (
    <>
      Counts are exact over {formatCount(scored)} scored call{scored === 1 ? '' : 's'}
      {unscored > 0 ? ` (${formatCount(unscored)} more match but have no total score)` : ''}.
    </>
  );
}

function UncountedReps({
  reps,
  nextStepSize,
  onShowMore,
}: {
  reps: readonly SummaryRep[];
  nextStepSize: number;
  onShowMore: () => void;
}) {
  if (reps.length === 0) return null;
  return (
    <p className="coaching-summary__more">
      {formatCount(reps.length)} more rep{reps.length === 1 ? ' is' : 's are'} not counted yet (at
      most {SUMMARY_REQUEST_BUDGET} counts at a time).{' '}
      <button type="button" className="button button--small" onClick={onShowMore}>
        Show more reps
        <span className="visually-hidden"> (count the next {formatCount(nextStepSize)})</span>
      </button>
    </p>
  );
}

/**
 * The summary over every scored call that matches the filters, not just the page on screen:
 * the score distribution and each rep's low and high scores, counted by the server. Loaded
 * lazily: recharts lives in this chunk only. Knows nothing of the URL: the host passes the query
 * and applies what a click asks for.
 */
export default function CoachingSummary({
  query,
  onSelectBand,
  onSelectRep,
  queries,
}: CoachingSummaryProps) {
  // "Show more reps" is a step for these filters only: new filters start over with the first.
  const key = summaryFiltersKey(query);
  const [more, setMore] = useState({ key, steps: 0 });
  const extraSteps = more.key === key ? more.steps : 0;
  const state = useSummaryNumbers(query, 1 + extraSteps, queries);
  const { numbers, filters, isStale, isCounting, failed, retry } = state;
  const failure = describeFailure(failed);

  return (
    <section
      className={isStale ? 'coaching-summary coaching-summary--updating' : 'coaching-summary'}
      aria-labelledby="coaching-summary-heading"
      aria-busy={isCounting}
      data-summary-status={isCounting ? 'counting' : 'complete'}
    >
      <h2 id="coaching-summary-heading" className="visually-hidden">
        Summary of all matching scored calls
      </h2>
      <div className="coaching-summary__grid">
        <ScoreBandChart bands={numbers.bands} filters={filters} onSelectBand={onSelectBand} />
        <div className="coaching-summary__card">
          {state.isLoadingReps ? (
            <p className="coaching-summary__title">Scores by rep: loading the team…</p>
          ) : (
            <RepScoreTable reps={numbers.reps} filters={filters} onSelectRep={onSelectRep} />
          )}
          <UncountedReps
            reps={state.uncountedReps}
            nextStepSize={state.nextStepSize}
            onShowMore={() => {
              setMore({ key, steps: extraSteps + 1 });
            }}
          />
        </div>
      </div>
      <p className="coaching-summary__status" role="status">
        <ExactText state={state} />
      </p>
      {failure ? (
        // A status, not an alert: the numbers that did arrive stand, and the table is unaffected.
        <p className="coaching-summary__problem" role="status">
          {failure} The other numbers are exact.{' '}
          <button type="button" className="button button--small" onClick={retry}>
            Try again
          </button>
        </p>
      ) : null}
    </section>
  );
}
