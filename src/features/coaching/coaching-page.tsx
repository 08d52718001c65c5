import type { ComponentType } from 'react';
import { useEffect, useMemo } from 'react';
import { ApiErrorBanner } from '@/components/ui/api-error-banner';
import { IgnoredParamsNotice } from '@/components/ui/ignored-params-notice';
import { withCall, withScoredFilters } from '@/lib/coaching-view/coaching-view-updates';
import { useCoachingView } from '@/lib/coaching-view/use-coaching-view';
import { releaseDeferredModules } from '@/lib/deferred-module';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { isSessionEndedError } from '@/lib/session/session-query';
import { CoachingFilters } from './coaching-filters';
import { CoachingReviewBar } from './coaching-review-bar';
import { CoachingTable } from './coaching-table';
import { useReviewMarks } from './review/review-marks';
import { callIdOfScoredCall, withoutReviewed } from './review/review-rows';
import { LazyCoachingSummary } from './summary/lazy-coaching-summary';
import { useScoredCallPage } from './use-scored-call-page';
import './coaching-page.css';

/** What the page hands the call panel it hosts (the app gives it the call panel feature's). */
export interface CoachingCallPanelProps {
  /** The open call's call-log `_id`, from the URL's `call`. */
  callId: string | undefined;
  t: number | undefined;
  /** The row on screen with that call, if any. */
  record: ScoredCall | undefined;
  /** Drops `call` (and `t`) from the URL. */
  onClose: () => void;
}

/**
 * `/coaching`: scored calls for the URL's period, rep and score range, in a table a manager
 * scans to pick calls to coach; a row opens its call. A rep gets the same page over their own
 * calls (the proxy narrows the data to them) without a rep filter.
 */
export default function CoachingPage({
  CallPanel,
}: {
  CallPanel?: ComponentType<CoachingCallPanelProps>;
}) {
  const { view, ignored, dismissIgnored, query, update, isOwnCallsOnly } = useCoachingView();
  // The previous page stays on screen while the next loads (placeholderData in the factory), and
  // the last rows stay when a request fails.
  const { pageQuery, shown } = useScoredCallPage(query);
  const { data, error, failureReason, isPlaceholderData, isFetching, status, refetch } = pageQuery;
  // While Query retries by itself `error` is still null: show the failure it is retrying. An ended
  // session is said once, app-wide, with the way back in.
  const failure = error ?? (isFetching ? failureReason : null);
  const problem = isSessionEndedError(failure) ? null : failure;
  // "Hide reviewed" leaves this browser's marked calls out of the rows on screen (not the counts).
  const marks = useReviewMarks();
  const isHidingReviewed = view.reviewed === 'hide';
  const visible = useMemo(
    () =>
      shown && isHidingReviewed
        ? withoutReviewed(shown.rows, callIdOfScoredCall, (id) => marks.has(id))
        : { rows: shown?.rows, hidden: 0 },
    [shown, isHidingReviewed, marks],
  );
  const openRecord =
    view.call === undefined
      ? undefined
      : shown?.rows.find((row) => row.call_log?._id === view.call);
  // No call rows to wait for: tooltips and the player's dock may load at once.
  useEffect(() => {
    releaseDeferredModules();
  }, []);

  return (
    <section className="coaching-page" aria-labelledby="coaching-heading">
      <h1 id="coaching-heading" className="coaching-page__title">
        {isOwnCallsOnly ? 'Your coaching' : 'Coaching'}
      </h1>
      <IgnoredParamsNotice
        ignored={ignored}
        onDismiss={dismissIgnored}
        shownWithout="The scored calls below are shown without it."
      />
      <CoachingFilters view={view} update={update} isOwnCallsOnly={isOwnCallsOnly} />
      {problem ? (
        <ApiErrorBanner
          subject="scored calls"
          testId="coaching-error"
          error={problem}
          isRetrying={isFetching}
          hasData={shown !== undefined}
          onRetry={() => void refetch()}
        />
      ) : null}
      <LazyCoachingSummary
        query={query}
        // A band or a rep's count narrows the list: a history entry each, so Back undoes it.
        onSelectBand={({ min_score, max_score }) => {
          update((current) => withScoredFilters(current, { min_score, max_score }));
        }}
        onSelectRep={(userId, { min_score, max_score }) => {
          // A rep's view has no rep filter (the proxy scopes it): only the range applies.
          const rep = isOwnCallsOnly ? {} : { user_id: userId };
          update((current) => withScoredFilters(current, { ...rep, min_score, max_score }));
        }}
      />
      <CoachingReviewBar
        view={view}
        query={query}
        page={shown}
        openRecord={openRecord}
        hiddenOnPage={visible.hidden}
        update={update}
      />
      <CoachingTable
        result={shown}
        rows={visible.rows}
        status={status}
        isUpdating={isFetching && (isPlaceholderData || data !== undefined)}
        view={view}
        update={update}
        onOpenCall={(callId) => {
          update((current) => withCall(current, callId));
        }}
      />
      {CallPanel ? (
        <CallPanel
          callId={view.call}
          t={view.t}
          record={openRecord}
          onClose={() => {
            update((current) => withCall(current, undefined));
          }}
        />
      ) : null}
    </section>
  );
}
