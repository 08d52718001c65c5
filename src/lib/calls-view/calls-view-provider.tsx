import { QueryClientContext } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createContext, use, useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '@/lib/session/session-schema';
import type { IgnoredParam } from '@/lib/url-state/view-params';
import { callQueries } from '@/lib/call-log/call-log';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import type { CallsView } from './calls-view';
import { scopeCallsView, seesOwnCallsOnly } from './calls-view-scope';
import {
  parseCallsView,
  serializeCallsView,
  toCallLogQuery,
  toCallLogSearchParams,
} from './calls-view-params';

export interface UpdateCallsViewOptions {
  /** Replace the current history entry instead of pushing one: for typing-style edits. */
  replace?: boolean;
}

export interface CallsViewState {
  view: CallsView;
  /** What the URL carried that the page could not use; empty once the URL is canonical. */
  ignored: IgnoredParam[];
  /** The call-log request; the same object for as long as the request is the same. */
  query: CallLogQuery;
  /** A rep's view: their own calls only, so there is no rep filter to offer. */
  isOwnCallsOnly: boolean;
  /**
   * Writes `next` to the URL (push by default). A function gets the view of the last render, so
   * two updates in one event do not see each other: combine them into one. A change that leaves
   * the canonical URL as it is adds no history entry.
   */
  update: (
    next: CallsView | ((view: CallsView) => CallsView),
    options?: UpdateCallsViewOptions,
  ) => void;
  /** Rewrites the URL in canonical form, in place, so the garbage is gone from history too. */
  dismissIgnored: () => void;
}

export const CallsViewContext = createContext<CallsViewState | null>(null);

/**
 * Everything a search string says about the calls view, for the signed-in role: the one place a
 * role changes the view (a rep's link loses its rep filter, and the notice says why).
 */
function deriveCallsView(search: string, role: Role | undefined) {
  const { view, ignored } = scopeCallsView(parseCallsView(search), role);
  const query = toCallLogQuery(view);
  return {
    view,
    ignored,
    query,
    /** The request's own query string: equal requests give equal strings. */
    requestSearch: toCallLogSearchParams(query).toString(),
    canonical: serializeCallsView(view),
  };
}

/** The call-log request a location's search string stands for, exactly as the provider derives it. */
export function callLogQueryForSearch(search: string, role?: Role): CallLogQuery {
  return deriveCallsView(search, role).query;
}

const withQuestionMark = (search: string) => (search === '' ? '' : `?${search}`);

function ignore(): void {
  // The page shows the request's failure from the same cache entry.
}

/**
 * Reads the calls view from the URL once per location change, for every component under it;
 * `useCallsView` is how they read it and write it. There is no copy of the URL in state. `role` is
 * the signed-in user's (undefined while unknown: the view is then taken as the URL has it).
 */
export function CallsViewProvider({ children, role }: { children: ReactNode; role?: Role }) {
  // `useLocation` rather than `useSearchParams`: the raw search string is the memo key and tells
  // whether the URL is already canonical, and writes need the pathname and hash to keep them.
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  // Optional: the view's own tests need no query client.
  const queryClient = use(QueryClientContext);
  const derived = useMemo(() => deriveCallsView(search, role), [search, role]);
  const { view, ignored, canonical, requestSearch } = derived;
  // Opening a call or seeking changes the URL, not the request: what follows the request (rows,
  // charts) keeps the same object and so does not render again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the request's text on purpose
  const query = useMemo(() => derived.query, [requestSearch]);

  const navigateToSearch = useCallback(
    (nextSearch: string, replace: boolean) => {
      const to = { pathname, search: withQuestionMark(nextSearch), hash };
      // The new rows are requested before React renders the new view, so the network and that
      // render overlap instead of queueing.
      const next = deriveCallsView(to.search, role);
      if (queryClient && next.requestSearch !== requestSearch) {
        queryClient.query(callQueries.page(next.query)).catch(ignore);
      }
      void navigate(to, { replace });
    },
    [navigate, pathname, hash, queryClient, requestSearch, role],
  );

  const update = useCallback<CallsViewState['update']>(
    (next, options) => {
      const nextSearch = serializeCallsView(typeof next === 'function' ? next(view) : next);
      if (nextSearch !== canonical) navigateToSearch(nextSearch, options?.replace ?? false);
    },
    [view, canonical, navigateToSearch],
  );

  const dismissIgnored = useCallback(() => {
    if (search !== withQuestionMark(canonical)) navigateToSearch(canonical, true);
  }, [search, canonical, navigateToSearch]);

  const isOwnCallsOnly = seesOwnCallsOnly(role);
  const state = useMemo(
    () => ({ view, ignored, query, isOwnCallsOnly, update, dismissIgnored }),
    [view, ignored, query, isOwnCallsOnly, update, dismissIgnored],
  );
  return <CallsViewContext value={state}>{children}</CallsViewContext>;
}
