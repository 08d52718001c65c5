import { lazy, Suspense } from 'react';
import { useDeferredModulesReleased } from '@/lib/deferred-module';
import type { CoachingSummaryProps } from './coaching-summary';
import './lazy-coaching-summary.css';

// recharts is 108 kB gzip (its chunk in `vite build`, shared with the call charts): it loads once
// the first rows are in, with the summary's own chunk (4.5 kB), so the coaching page's rows never
// wait for it (the page's chunk is 10.5 kB gzip without it).
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
