import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { LazyCallCharts } from '@/features/charts/lazy-call-charts';
import { callQueries, prefetchNextPage } from './api/call-log';
import { CallsErrorBanner } from './calls-error-banner';
import { ActiveFilterChips } from './filters/active-filter-chips';
import { IgnoredParamsNotice } from './filters/ignored-params-notice';
import { FilterSidebarPlaceholder } from './filters/filter-sidebar-placeholder';
import { CallsTable } from './table/calls-table';
import { useCallsView } from './url-state/use-calls-view';
import './calls-page.css';

// The sidebar's widgets (popovers, comboboxes) are not needed to paint the first rows.
const FilterSidebar = lazy(() => import('./filters/filter-sidebar'));

export function CallsPage() {
  const { query } = useCallsView();
  const queryClient = useQueryClient();
  const pageQuery = useQuery(callQueries.page(query));
  const { data, error, failureReason, isPlaceholderData, isFetching, status, refetch } = pageQuery;
  // While Query retries by itself `error` is still null: show the failure it is retrying.
  const problem = error ?? (isFetching ? failureReason : null);

  useEffect(() => {
    if (data && !isPlaceholderData) void prefetchNextPage(queryClient, query, data);
  }, [queryClient, query, data, isPlaceholderData]);

  return (
    <div className="calls-page">
      <aside className="calls-page__sidebar" aria-label="Filters">
        <Suspense fallback={<FilterSidebarPlaceholder />}>
          <FilterSidebar />
        </Suspense>
      </aside>
      <section className="calls-page__main" aria-labelledby="calls-heading">
        <h1 id="calls-heading" className="calls-page__title">
          Call log
        </h1>
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
        />
      </section>
    </div>
  );
}
