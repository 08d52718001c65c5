import type { Role } from '@/lib/session/session-schema';
import type { IgnoredParam, ParsedView } from '@/lib/url-state/view-params';
import type { CallsView } from './calls-view';

/** Why a rep's link loses its rep filter, as the ignored-parameters notice says it. */
export const OWN_CALLS_ONLY_REASON = 'the rep filter was not applied: you see only your own calls';

/** A rep sees their own calls only: the proxy narrows every request of theirs to them. */
export function seesOwnCallsOnly(role: Role | undefined): boolean {
  return role === 'rep';
}

/**
 * The view a role is shown. For a rep, a rep filter from a link or a saved view is dropped and
 * reported, not shown as if it applied (the proxy would put their own id in its place anyway), so
 * the page, the chips and the request all say the same thing. Everyone else keeps the view as parsed.
 */
export function scopeCallsView(
  parsed: ParsedView<CallsView>,
  role: Role | undefined,
): ParsedView<CallsView> {
  const { view, ignored } = parsed;
  const userIds = view.filters.user_ids;
  if (!seesOwnCallsOnly(role) || userIds === undefined || userIds.length === 0) return parsed;
  const filters = { ...view.filters };
  delete filters.user_ids;
  const dropped = userIds.map((value): IgnoredParam => ({
    key: 'filters[user_ids][]',
    value,
    reason: OWN_CALLS_ONLY_REASON,
  }));
  return { view: { ...view, filters }, ignored: [...ignored, ...dropped] };
}
