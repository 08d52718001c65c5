import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CallPanelSlot } from '@/features/call-panel/call-panel-slot';
import { lazy, Suspense, useEffect } from 'react';
import { LazyCallCharts } from '@/features/charts/lazy-call-charts';
import { ExportButton } from '@/features/export/export-button';
import {
  afterNextPaint,
  releaseDeferredModules,
  useDeferredModulesReleased,
} from '@/lib/deferred-module';
import { callQueries, prefetchNextPage } from './api/call-log';
import { CallsErrorBanner } from './calls-error-banner';
import { ActiveFilterChips } from './filters/active-filter-chips';
import { IgnoredParamsNotice } from './filters/ignored-params-notice';
import { FilterSidebarPlaceholder } from './filters/filter-sidebar-placeholder';
import { CallsTable } from './table/calls-table';
import { withCall } from './url-state/calls-view-updates';
import { useCallsView } from './url-state/use-calls-view';
import './calls-page.css';

// The sidebar's widgets (popovers, comboboxes, phone parsing) are not needed to paint the first rows.
const FilterSidebar = lazy(() => import('./filters/filter-sidebar'));

export function CallsPage() {
  const { query, update } = useCallsView();
  const queryClient = useQueryClient();
  const pageQuery = useQuery(callQueries.page(query));
  const { data, error, failureReason, isPlaceholderData, isFetching, status, refetch } = pageQuery;
  // While Query retries by itself `error` is still null: show the failure it is retrying.
  const problem = error ?? (isFetching ? failureReason : null);
  // Rows first: heavy chunks start loading once the first answer (rows or a failure) is in, so
  // they never compete with it for the network or the main thread.
  const firstAnswerIn = data !== undefined || pageQuery.failureCount > 0;

  useEffect(() => {
    if (firstAnswerIn) return afterNextPaint(releaseDeferredModules);
  }, [firstAnswerIn]);
  // Once the rows are painted: the sidebar's chunk then never competes with the first rows.
  const sidebarMayLoad = useDeferredModulesReleased();

  useEffect(() => {
    if (data && !isPlaceholderData) void prefetchNextPage(queryClient, query, data);
  }, [queryClient, query, data, isPlaceholderData]);

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
          <h1 id="calls-heading" className="calls-page__title">
            Call log
          </h1>
          <ExportButton />
        </div>
        <IgnoredParamsNotice />
        <ActiveFilterChips />
        <LazyCallCharts />
        {problem ? (
          <CallsErrorBanner
            error={problem}
            isRetrying={isFetching}
            hasData={data !== undefined}
            onRetry={() => void refetch()}
          />
        ) : null}
        <CallsTable
          result={data}
          status={status}
          isUpdating={isFetching && (isPlaceholderData || data !== undefined)}
          onOpenCall={(id) => {
            update((view) => withCall(view, id));
          }}
        />
      </section>
      <CallPanelSlot />
    </div>
  );
}
