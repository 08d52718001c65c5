import { emptyCoachingView, serializeCoachingView } from '@/lib/coaching-view/coaching-view';

/** Where the coaching page lives. */
export const COACHING_PATH = '/coaching';

/**
 * The coaching page filtered to one rep's scored calls: `/coaching?user_id=<rep id>`, written by
 * the coaching view's own serializer. Undefined for an id the URL would drop, since the link would
 * then show every rep's calls.
 */
export function scoredCallsOfRepHref(repId: string): string | undefined {
  const search = serializeCoachingView({ ...emptyCoachingView(), user_id: repId });
  return search === '' ? undefined : `${COACHING_PATH}?${search}`;
}
