import {
  DEFAULT_SCORED_CALLS_LIMIT,
  DEFAULT_SCORED_CALLS_PAGE,
  DEFAULT_SCORED_CALLS_SORT,
  scoredCallsQueryParams,
} from '@/lib/scored-calls/scored-calls-query';
import type { ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';
import { defineViewParams } from '@/lib/url-state/view-params';

/** Where the coaching page lives. */
export const COACHING_PATH = '/coaching';

// The coaching page's URL speaks the request's vocabulary, so its rep filter is written by the
// same parameters the request uses (`scoredCallsQueryParams`), defaults left out.
const queryParams = defineViewParams<ScoredCallsQuery>({
  params: scoredCallsQueryParams<ScoredCallsQuery>(),
  empty: () => ({
    page: DEFAULT_SCORED_CALLS_PAGE,
    limit: DEFAULT_SCORED_CALLS_LIMIT,
    sort: { ...DEFAULT_SCORED_CALLS_SORT },
  }),
});

/**
 * The coaching page filtered to one rep's scored calls: `/coaching?user_id=<rep id>`. Undefined
 * for an id the URL would drop, since the link would then show every rep's calls.
 */
export function scoredCallsOfRepHref(repId: string): string | undefined {
  const search = queryParams.serialize({
    page: DEFAULT_SCORED_CALLS_PAGE,
    limit: DEFAULT_SCORED_CALLS_LIMIT,
    sort: { ...DEFAULT_SCORED_CALLS_SORT },
    user_id: repId,
  });
  return search === '' ? undefined : `${COACHING_PATH}?${search}`;
}
