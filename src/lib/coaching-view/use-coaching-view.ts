import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { seesOwnCallsOnly } from '@/lib/calls-view/calls-view-scope';
import { useSession } from '@/lib/session/use-session';
import { toScoredCallsSearchParams } from '@/lib/scored-calls/scored-calls-query';
import type { ScoredCallsQuery } from '@/lib/scored-calls/scored-calls-query';
import type { Role } from '@/lib/session/session-schema';
import type { CoachingView } from './coaching-view';
import {
  parseCoachingView,
  scopeCoachingView,
  serializeCoachingView,
  toScoredCallsQuery,
} from './coaching-view';

export interface UpdateCoachingViewOptions {
  /** Replace the current history entry instead of pushing one: for typing-style edits. */
  replace?: boolean;
}

/** Everything a search string says about the coaching view for a role. */
export function deriveCoachingView(search: string, role: Role | undefined) {
  const { view, ignored } = scopeCoachingView(parseCoachingView(search), role);
  const query = toScoredCallsQuery(view);
  return {
    view,
    ignored,
    query,
    /** The request's own query string: equal requests give equal strings. */
    requestSearch: toScoredCallsSearchParams(query).toString(),
    canonical: serializeCoachingView(view),
  };
}

const withQuestionMark = (search: string) => (search === '' ? '' : `?${search}`);

/**
 * The coaching view, read from the URL once per location change; the URL is its only state.
 * `update` pushes a history entry (unless `replace`), and none when the canonical URL stays the
 * same. A rep's view has no rep filter: a `user_id` in their link is dropped and reported.
 */
export function useCoachingView() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const { role } = useSession();
  const derived = useMemo(() => deriveCoachingView(search, role), [search, role]);
  const { view, ignored, canonical, requestSearch } = derived;
  // Opening a call changes the URL, not the request: the rows' query keeps the same object.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the request's text on purpose
  const query: ScoredCallsQuery = useMemo(() => derived.query, [requestSearch]);

  const navigateToSearch = useCallback(
    (nextSearch: string, replace: boolean) => {
      void navigate({ pathname, search: withQuestionMark(nextSearch), hash }, { replace });
    },
    [navigate, pathname, hash],
  );

  const update = useCallback(
    (
      next: CoachingView | ((current: CoachingView) => CoachingView),
      options?: UpdateCoachingViewOptions,
    ) => {
      const nextSearch = serializeCoachingView(typeof next === 'function' ? next(view) : next);
      if (nextSearch !== canonical) navigateToSearch(nextSearch, options?.replace ?? false);
    },
    [view, canonical, navigateToSearch],
  );

  /** Rewrites the URL in canonical form, in place, so the garbage is gone from history too. */
  const dismissIgnored = useCallback(() => {
    if (search !== withQuestionMark(canonical)) navigateToSearch(canonical, true);
  }, [search, canonical, navigateToSearch]);

  const isOwnCallsOnly = seesOwnCallsOnly(role);
  return { view, ignored, query, isOwnCallsOnly, update, dismissIgnored };
}

export type CoachingViewState = ReturnType<typeof useCoachingView>;
