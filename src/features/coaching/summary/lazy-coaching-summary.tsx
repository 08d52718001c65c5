import { lazy, Suspense } from 'react';
import { useDeferredModulesReleased } from '@/lib/deferred-module';
import type { CoachingSummaryProps } from './coaching-summary';
import './lazy-coaching-summary.css';

// recharts is ~115 kB gzip: as with the call charts, it loads once the first rows are in, in the
// summary's own chunk, so it never delays them (docs/performance.md, "JS before first rows").
const CoachingSummary = lazy(() => import('./coaching-summary'));

const placeholder = <div className="coaching-summary-placeholder" aria-hidden="true" />;

/** The summary, with its space held while its code loads so the table does not jump. */
export function LazyCoachingSummary(props: CoachingSummaryProps) {
  const afterFirstRows = useDeferredModulesReleased();
  if (!afterFirstRows) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <CoachingSummary {...props} />
    </Suspense>
  );
}
