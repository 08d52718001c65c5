import { useCallsView } from '@/features/calls/url-state/use-calls-view';
import type { BucketSelection } from './chart-definitions';
import { toggleBucket } from './chart-selection';
import { DurationChart } from './duration-chart';
import { KpiStrip } from './kpi-strip';
import { OutcomeChart } from './outcome-chart';
import { useChartNumbers } from './use-chart-numbers';
import './call-charts.css';

/**
 * KPIs and charts over every call that matches the filters (not the page on screen), counted by
 * the server. Loaded lazily: recharts lives in this chunk only.
 */
export default function CallCharts() {
  const { view, query, update } = useCallsView();
  const { numbers, isCounting, hasFailed, retry } = useChartNumbers(query);
  const select = (selection: BucketSelection) => {
    update((current) => toggleBucket(current, selection));
  };

  return (
    <section
      className="call-charts"
      aria-labelledby="call-charts-heading"
      aria-busy={isCounting}
      // For the benchmark (bench/perf.ts): when every number of the current filters is in.
      data-charts-status={isCounting ? 'counting' : 'complete'}
    >
      <h2 id="call-charts-heading" className="visually-hidden">
        Summary of all matching calls
      </h2>
      <KpiStrip kpis={numbers.kpis} />
      <div className="call-charts__grid">
        <DurationChart buckets={numbers.duration} filters={view.filters} onSelect={select} />
        <OutcomeChart
          outcome={numbers.outcome}
          answeredBy={numbers.answeredBy}
          filters={view.filters}
          onSelect={select}
        />
      </div>
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
