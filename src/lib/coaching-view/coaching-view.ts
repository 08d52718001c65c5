import type { Role } from '@/lib/session/session-schema';
import { MAX_ID_LENGTH, MAX_SECONDS, PAGE_SIZE_OPTIONS } from '@/lib/calls-view/calls-view';
import { OWN_CALLS_ONLY_REASON, seesOwnCallsOnly } from '@/lib/calls-view/calls-view-scope';
import {
  DEFAULT_SCORED_CALLS_LIMIT,
  DEFAULT_SCORED_CALLS_PAGE,
  DEFAULT_SCORED_CALLS_SORT,
  dropScoredCallsConflicts,
  scoredCallsQueryParams,
} from '@/lib/scored-calls/scored-calls-query';
import type { ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';
import { enumCodec, idCodec, secondsCodec } from '@/lib/url-state/param-codecs';
import type { IgnoredParam, ParsedView, ViewParam } from '@/lib/url-state/view-params';
import { defineViewParams, singleParam } from '@/lib/url-state/view-params';

/**
 * The coaching page's URL: a `GET /v1/scored-calls` request in the API's own vocabulary (`page`,
 * `limit`, `sort`, `start_date`, `end_date`, `min_score`, `max_score`, `user_id`, written by the
 * request's own parameters), then the page's own keys, which never reach the API.
 */

export interface CoachingUiState {
  /** The open call: its call-log `_id` (`call_log._id`), not the score record's. */
  call?: string;
  /** Playback offset in seconds; only kept together with `call`. */
  t?: number;
  /** `hide`: calls marked reviewed in this browser are left out of the table. */
  reviewed?: 'hide';
}

export interface CoachingView extends ScoredCallsQuery, CoachingUiState {}

export const COACHING_PAGE_SIZE_OPTIONS = PAGE_SIZE_OPTIONS;

const REVIEWED_VALUES = ['hide'] as const;

const UI_PARAMS: ViewParam<CoachingView>[] = [
  singleParam('call', idCodec(MAX_ID_LENGTH), {
    get: (view: CoachingView) => view.call,
    set: (draft: CoachingView, value: string) => (draft.call = value),
  }),
  singleParam('t', secondsCodec(MAX_SECONDS), {
    get: (view: CoachingView) => view.t,
    set: (draft: CoachingView, value: number) => (draft.t = value),
  }),
  singleParam('reviewed', enumCodec(REVIEWED_VALUES), {
    get: (view: CoachingView) => view.reviewed,
    set: (draft: CoachingView, value: 'hide') => (draft.reviewed = value),
  }),
];

export function emptyCoachingView(): CoachingView {
  return {
    page: DEFAULT_SCORED_CALLS_PAGE,
    limit: DEFAULT_SCORED_CALLS_LIMIT,
    sort: { ...DEFAULT_SCORED_CALLS_SORT },
  };
}

/** Frozen: every helper returns a new view, and a stray mutation should fail loudly. */
export const DEFAULT_COACHING_VIEW: CoachingView = Object.freeze({
  ...emptyCoachingView(),
  sort: DEFAULT_SCORED_CALLS_SORT,
});

const coachingViewParams = defineViewParams<CoachingView>({
  params: [...scoredCallsQueryParams<CoachingView>(), ...UI_PARAMS],
  empty: emptyCoachingView,
  dropConflicts(draft) {
    const dropped = dropScoredCallsConflicts(draft);
    // A playback offset means nothing without the call it belongs to.
    if (draft.t !== undefined && draft.call === undefined) {
      delete draft.t;
      dropped.push({ key: 't', reason: '“t” only applies together with “call”' });
    }
    return dropped;
  },
});

/**
 * Reads the coaching view from a query string. Never throws: every value that is not valid, not
 * known or repeated is dropped and listed in `ignored`, in URL order (cross-key conflicts last).
 */
export function parseCoachingView(search: string | URLSearchParams): ParsedView<CoachingView> {
  return coachingViewParams.parse(search);
}

/** What the URL would give back for `view`: values it could not carry dropped, conflicts resolved. */
export function normalizeCoachingView(view: CoachingView): CoachingView {
  return coachingViewParams.normalize(view);
}

/**
 * The canonical query string (no "?"): defaults left out, fixed key order (the request's keys,
 * then `call`, `t`, `reviewed`), so equal views give equal strings.
 */
export function serializeCoachingView(view: CoachingView): string {
  return coachingViewParams.serialize(view);
}

/**
 * The scored-calls request of a view: paging, sort and filters, never a UI key. Normalised first,
 * so whatever a caller built, the request carries only what the contract accepts.
 */
export function toScoredCallsQuery(view: CoachingView): ScoredCallsQuery {
  const { call: _call, t: _t, reviewed: _reviewed, ...query } = normalizeCoachingView(view);
  return query;
}

/**
 * The view a role is shown. A rep sees only their own scored calls (the proxy forces their own
 * `user_id`), so a `user_id` from a manager's link is dropped and said so, rather than shown as if
 * it applied. Everyone else keeps the view as parsed.
 */
export function scopeCoachingView(
  parsed: ParsedView<CoachingView>,
  role: Role | undefined,
): ParsedView<CoachingView> {
  const { view, ignored } = parsed;
  if (!seesOwnCallsOnly(role) || view.user_id === undefined) return parsed;
  const { user_id: userId, ...rest } = view;
  const dropped: IgnoredParam = { key: 'user_id', value: userId, reason: OWN_CALLS_ONLY_REASON };
  return { view: rest, ignored: [...ignored, dropped] };
}
