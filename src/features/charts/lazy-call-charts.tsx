import { lazy, Suspense } from 'react';
import './lazy-call-charts.css';

// recharts is ~115 kB gzip: it loads after the table has painted, in the charts' own chunk.
const CallCharts = lazy(() => import('./call-charts'));

/** The charts, with their space held while their code loads so the table does not jump. */
export function LazyCallCharts() {
  return (
    <Suspense fallback={<div className="call-charts-placeholder" aria-hidden="true" />}>
      <CallCharts />
    </Suspense>
  );
}
