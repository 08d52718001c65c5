import { memo, useDeferredValue } from 'react';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { useStableCallback } from '@/lib/use-stable-callback';
import type { BucketSelection } from './chart-definitions';
import type { ChartNumbers } from './chart-plan';
import { numbersSignature } from './chart-plan';
import { filtersKey } from './count-plan';
import { toggleBucket } from './chart-selection';
import { DurationChart } from './duration-chart';
import { KpiStrip } from './kpi-strip';
import { OutcomeChart } from './outcome-chart';
import { useChartNumbers } from './use-chart-numbers';
import './call-charts.css';

interface ChartsBodyProps {
  numbers: ChartNumbers;
  filters: CallLogFilters;
  onSelect: (selection: BucketSelection) => void;
  /** What the props show, as text: the body renders again only when these change. */
  numbersSignature: string;
  filtersSignature: string;
}

/**
 * The KPIs and the two charts. Memoised on what they show: a new page, sort or open call of the
 * same filters changes nothing here, so none of it renders (measured: a Next click is a few ms
 * slower without this). Inside, the plots are memoised again on what they draw, for filter
 * changes that only move the pressed bucket.
 */
// Serves "filter change → complete charts": 870 ms with, 952 ms without (docs/performance.md, "Mechanisms and what each pays for").
const ChartsBody = memo(
  function ChartsBody({ numbers, filters, onSelect }: ChartsBodyProps) {
    return (
      <>
        <KpiStrip kpis={numbers.kpis} />
        <div className="call-charts__grid">
          <DurationChart buckets={numbers.duration} filters={filters} onSelect={onSelect} />
          <OutcomeChart
            outcome={numbers.outcome}
            answeredBy={numbers.answeredBy}
            filters={filters}
            onSelect={onSelect}
          />
        </div>
      </>
    );
  },
  (before, after) =>
    before.numbersSignature === after.numbersSignature &&
    before.filtersSignature === after.filtersSignature &&
    before.onSelect === after.onSelect,
);

/**
 * KPIs and charts over every call that matches the filters (not the page on screen), counted by
 * the server. Loaded lazily: recharts lives in this chunk only.
 */
export default function CallCharts() {
  const { query, update } = useCallsView();
  // Rows first: the charts follow a new view in a render of their own, after the table's, so a
  // filter change never waits for recharts (and see `useChartNumbers` for the table's answer).
  const shownQuery = useDeferredValue(query);
  const { numbers, isCounting, isStale, hasFailed, retry } = useChartNumbers(shownQuery);
  const select = useStableCallback((selection: BucketSelection) => {
    update((current) => toggleBucket(current, selection));
  });

  return (
    <section
      className={isStale ? 'call-charts call-charts--updating' : 'call-charts'}
      aria-labelledby="call-charts-heading"
      aria-busy={isCounting}
      // For the benchmark (bench/perf.ts): when every number of the current filters is in.
      data-charts-status={isCounting ? 'counting' : 'complete'}
    >
      <h2 id="call-charts-heading" className="visually-hidden">
        Summary of all matching calls
      </h2>
      <ChartsBody
        numbers={numbers}
        filters={shownQuery.filters}
        onSelect={select}
        numbersSignature={numbersSignature(numbers)}
        filtersSignature={filtersKey(shownQuery.filters)}
      />
      {hasFailed ? (
        <p className="call-charts__problem" role="alert">
          Some numbers could not be counted.{' '}
          <button type="button" className="button button--small" onClick={retry}>
            Try again
          </button>
        </p>
      ) : null}
    </section>
  );
}
