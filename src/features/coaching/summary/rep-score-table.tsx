import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';
import { countText, countWords } from './count-text';
import { REP_SCORE_RANGES, repRangeSelection } from './score-bands';
import type { RepScoreRange, ScoreRange } from './score-bands';
import type { CountState, RepCounts } from './summary-plan';
import type { SummaryRep } from './summary-reps';

export interface RepScoreTableProps {
  reps: readonly RepCounts<SummaryRep>[];
  filters: ScoredCallFilters;
  onSelectRep: (userId: string, range: ScoreRange) => void;
}

function RepCount({
  rep,
  range,
  count,
  filters,
  onSelectRep,
}: {
  rep: SummaryRep;
  range: RepScoreRange;
  count: CountState;
  filters: ScoredCallFilters;
  onSelectRep: RepScoreTableProps['onSelectRep'];
}) {
  const selection = repRangeSelection(filters, range);
  const words = `${countWords(count)} calls ${range.phrase} by ${rep.name}`;
  // Outside the score filter nothing can count: a plain 0, nothing to open.
  if (selection === null || typeof count !== 'number') {
    return (
      <>
        <span aria-hidden="true">{countText(count)}</span>
        <span className="visually-hidden">{words}</span>
      </>
    );
  }
  return (
    <button
      type="button"
      className="rep-score-table__count"
      aria-label={`${words}: show these calls`}
      onClick={() => {
        onSelectRep(rep.id, selection);
      }}
    >
      {countText(count)}
    </button>
  );
}

/** Per rep, how many matching calls score below 50 and how many 70 or more; each opens those calls. */
export function RepScoreTable({ reps, filters, onSelectRep }: RepScoreTableProps) {
  const [below, from] = REP_SCORE_RANGES;
  return (
    <table className="rep-score-table">
      <caption className="coaching-summary__title">Scores by rep</caption>
      <thead>
        <tr>
          <th scope="col">Rep</th>
          <th scope="col">{below.label}</th>
          <th scope="col">{from.label}</th>
        </tr>
      </thead>
      <tbody>
        {reps.map(({ rep, counts }) => (
          <tr key={rep.id}>
            <th scope="row">{rep.name}</th>
            {([below, from] as const).map((range, index) => (
              <td key={range.id}>
                <RepCount
                  rep={rep}
                  range={range}
                  count={counts[index] ?? 'counting'}
                  filters={filters}
                  onSelectRep={onSelectRep}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
