import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { afterNextPaint, releaseDeferredModules } from '@/lib/deferred-module';
import { prefetchNextPage } from '@/lib/call-log/call-log';
import { ApiErrorBanner } from '@/components/ui/api-error-banner';
import { CallsTable } from './table/calls-table';
import { useCallPage } from './use-call-page';
import { isSessionEndedError } from '@/lib/session/session-query';
import { withCall } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';

/**
 * The current page of calls and what went wrong fetching it. The only part of the page that
 * follows the page query, so an answer re-renders the table and its banner, not the sidebar,
 * header and charts around them.
 */
export function CallsResults() {
  const { query, update } = useCallsView();
  const queryClient = useQueryClient();
  const { pageQuery, shown } = useCallPage(query);
  const { data, error, failureReason, isPlaceholderData, isFetching, status, refetch } = pageQuery;
  // While Query retries by itself `error` is still null: show the failure it is retrying. An ended
  // session is said once, app-wide, with the way back in (SessionEndedNotice): not again here.
  const failure = error ?? (isFetching ? failureReason : null);
  const problem = isSessionEndedError(failure) ? null : failure;
  // Rows first: heavy chunks start loading once the first answer (rows or a failure) is in, so
  // they never compete with it for the network or the main thread.
  const firstAnswerIn = data !== undefined || pageQuery.failureCount > 0;

  useEffect(() => {
    if (firstAnswerIn) return afterNextPaint(releaseDeferredModules);
  }, [firstAnswerIn]);

  useEffect(() => {
    if (data && !isPlaceholderData) void prefetchNextPage(queryClient, query, data);
  }, [queryClient, query, data, isPlaceholderData]);

  return (
    <>
      {problem ? (
        <ApiErrorBanner
          subject="calls"
          testId="calls-error"
          error={problem}
          isRetrying={isFetching}
          hasData={shown !== undefined}
          onRetry={() => void refetch()}
        />
      ) : null}
      <CallsTable
        result={shown}
        status={status}
        isUpdating={isFetching && (isPlaceholderData || data !== undefined)}
        onOpenCall={(id) => {
          update((view) => withCall(view, id));
        }}
      />
    </>
  );
}
