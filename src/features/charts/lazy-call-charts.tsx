import { lazy, Suspense } from 'react';
import { useDeferredModulesReleased } from '@/lib/deferred-module';
import './lazy-call-charts.css';

// recharts is ~115 kB gzip: it loads once the first rows are in, in the charts' own chunk.
// Serves "JS before first rows": 140.2 kB with, 256.8 kB without (docs/performance.md, "Mechanisms and what each pays for").
const CallCharts = lazy(() => import('./call-charts'));

const placeholder = <div className="call-charts-placeholder" aria-hidden="true" />;

/** The charts, with their space held while their code loads so the table does not jump. */
export function LazyCallCharts() {
  const afterFirstRows = useDeferredModulesReleased();
  if (!afterFirstRows) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <CallCharts />
    </Suspense>
  );
}
