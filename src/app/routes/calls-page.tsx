import { lazy, Suspense } from 'react';
import { CallPanelSlot } from '@/features/call-panel/call-panel-slot';
import { LazyCallCharts } from '@/features/charts/lazy-call-charts';
import { ExportButton } from '@/features/export/export-button';
import { useDeferredModulesReleased } from '@/lib/deferred-module';
import { CallsHeading } from '@/features/calls/calls-heading';
import { CallsResults } from '@/features/calls/calls-results';
import { ActiveFilterChips } from '@/features/calls/filters/active-filter-chips';
import { FilterSidebarPlaceholder } from '@/features/calls/filters/filter-sidebar-placeholder';
import { CallsIgnoredParamsNotice } from '@/features/calls/filters/ignored-params-notice';
import './calls-page.css';

// The sidebar's widgets (popovers, comboboxes, phone parsing) are not needed to paint the first rows.
// Serves "JS before first rows ≤ 150 kB": 140.2 kB with, 172.4 kB without (docs/performance.md, "Mechanisms and what each pays for").
const FilterSidebar = lazy(() => import('@/features/calls/filters/filter-sidebar'));

/**
 * The call log's layout. It reads neither the URL nor the page query itself: each part follows
 * what it shows, so a new page of rows does not re-render the sidebar or the charts.
 */
export function CallsPage() {
  // Once the first rows are painted: the sidebar's chunk then never competes with them.
  const sidebarMayLoad = useDeferredModulesReleased();

  return (
    <div className="calls-page">
      <aside className="calls-page__sidebar" aria-label="Filters">
        {sidebarMayLoad ? (
          <Suspense fallback={<FilterSidebarPlaceholder />}>
            <FilterSidebar />
          </Suspense>
        ) : (
          <FilterSidebarPlaceholder />
        )}
      </aside>
      <section className="calls-page__main" aria-labelledby="calls-heading">
        <div className="calls-page__header">
          <CallsHeading id="calls-heading" />
          <ExportButton />
        </div>
        <CallsIgnoredParamsNotice />
        <ActiveFilterChips />
        <LazyCallCharts />
        <CallsResults />
      </section>
      <CallPanelSlot />
    </div>
  );
}
