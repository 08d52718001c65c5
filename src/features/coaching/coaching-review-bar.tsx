import { useQueryClient } from '@tanstack/react-query';
import type { CoachingView } from '@/lib/coaching-view/coaching-view';
import { withCall, withPage, withReviewedHidden } from '@/lib/coaching-view/coaching-view-updates';
import type { CoachingViewState } from '@/lib/coaching-view/use-coaching-view';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { scoredCallQueries } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallPage } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';
import { NextUnreviewedButton } from './review/next-unreviewed-button';
import { HideReviewedToggle, ReviewMarksNote, ReviewToggle } from './review/review-controls';
import { reviewSubject } from './review/review-rows';

export interface CoachingReviewBarProps {
  view: CoachingView;
  query: ScoredCallsQuery;
  /** The page on screen (all its rows, hidden or not). */
  page: ScoredCallPage | undefined;
  /** The open call's row, when it is on the page. */
  openRecord: ScoredCall | undefined;
  /** Rows of the page that "Hide reviewed" leaves out. */
  hiddenOnPage: number;
  update: CoachingViewState['update'];
}

/**
 * The review queue's controls on the coaching page: Hide reviewed (`reviewed=hide` in the URL),
 * the open call's mark, Next unreviewed (which moves the URL to its page and call), and where
 * the marks are kept.
 */
export function CoachingReviewBar({
  view,
  query,
  page,
  openRecord,
  hiddenOnPage,
  update,
}: CoachingReviewBarProps) {
  const queryClient = useQueryClient();
  const isHiding = view.reviewed === 'hide';
  return (
    <div className="coaching-review-bar" role="group" aria-label="Review queue">
      <HideReviewedToggle
        checked={isHiding}
        onChange={(checked) => {
          update((current) => withReviewedHidden(current, checked));
        }}
        hiddenOnPage={page === undefined ? undefined : hiddenOnPage}
      />
      <NextUnreviewedButton
        rows={page?.rows ?? []}
        page={page?.page ?? query.page}
        next={page?.next ?? null}
        openCallId={view.call}
        // The table's own page queries: a page read here shows at once when the URL moves to it.
        fetchPage={(number) =>
          queryClient.query(scoredCallQueries.page({ ...query, page: number }))
        }
        onOpen={(callId, number) => {
          update((current) => withCall(withPage(current, number), callId));
        }}
      />
      {view.call === undefined ? null : (
        <span className="coaching-review-bar__open">
          Open call:{' '}
          <ReviewToggle
            callId={view.call}
            subject={`${reviewSubject(openRecord)}, the open call`}
          />
        </span>
      )}
      <ReviewMarksNote />
    </div>
  );
}
