import { QueryClientContext } from '@tanstack/react-query';
import { use, useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { callQueries } from '../api/call-log';
import type { CallLogQuery } from './call-log-query';
import { toCallLogSearchParams } from './call-log-query';
import type { CallsView, IgnoredParam } from './calls-view';
import { parseCallsView } from './parse-calls-view';
import { serializeCallsView } from './serialize-calls-view';
import { toCallLogQuery } from './to-call-log-query';

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

/** The call-log request's own query string: equal requests give equal strings. */
function callLogRequestSearch(view: CallsView): string {
  return toCallLogSearchParams(toCallLogQuery(view)).toString();
}

/** The request as an object built from its own text, so it carries nothing the URL added. */
function callLogQueryFromRequestSearch(requestSearch: string): CallLogQuery {
  return toCallLogQuery(parseCallsView(requestSearch).view);
}

/**
 * The call-log request a location's search string stands for, exactly as `useCallsView` derives it:
 * route loaders use it to start the page's fetch before anything renders.
 */
export function callLogQueryForSearch(search: string): CallLogQuery {
  return callLogQueryFromRequestSearch(callLogRequestSearch(parseCallsView(search).view));
}

const withQuestionMark = (search: string) => (search === '' ? '' : `?${search}`);

interface DerivedCallsView {
  search: string;
  view: CallsView;
  ignored: IgnoredParam[];
  canonical: string;
  requestSearch: string;
  query: CallLogQuery;
}

let lastDerived: DerivedCallsView | undefined;

/**
 * Everything the URL's search string says, derived once per string for the whole page: the twenty
 * components that read the view share these objects instead of parsing the URL each, and `query`
 * stays the same object while the request does (opening a call, seeking).
 */
function deriveCallsView(search: string): DerivedCallsView {
  if (lastDerived?.search === search) return lastDerived;
  const { view, ignored } = parseCallsView(search);
  const requestSearch = callLogRequestSearch(view);
  const query =
    lastDerived?.requestSearch === requestSearch
      ? lastDerived.query
      : callLogQueryFromRequestSearch(requestSearch);
  lastDerived = {
    search,
    view,
    ignored,
    canonical: serializeCallsView(view),
    requestSearch,
    query,
  };
  return lastDerived;
}

function ignore(): void {
  // The page shows the request's failure from the same cache entry.
}

/**
 * The one way components read and write the calls view. Everything is derived from the URL during
 * render; there is no copy of it in state.
 */
export function useCallsView(): CallsViewState {
  // `useLocation` rather than `useSearchParams`: the raw search string is the memo key and tells
  // whether the URL is already canonical, and writes need the pathname and hash to keep them.
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  // Optional: the view's own tests need no query client.
  const queryClient = use(QueryClientContext);
  const { view, ignored, canonical, query } = deriveCallsView(search);

  const go = useCallback(
    (nextSearch: string, replace: boolean) => {
      const to = { pathname, search: withQuestionMark(nextSearch), hash };
      // The new rows are requested before React renders the new view, as a route loader would,
      // so the network and that render overlap instead of queueing.
      const nextQuery = deriveCallsView(to.search).query;
      if (queryClient && nextQuery !== query) {
        queryClient.query(callQueries.page(nextQuery)).catch(ignore);
      }
      void navigate(to, { replace });
    },
    [navigate, pathname, hash, queryClient, query],
  );

  const update = useCallback<CallsViewState['update']>(
    (next, options) => {
      const nextSearch = serializeCallsView(typeof next === 'function' ? next(view) : next);
      if (nextSearch !== canonical) go(nextSearch, options?.replace ?? false);
    },
    [view, canonical, go],
  );

  const dismissIgnored = useCallback(() => {
    if (search !== withQuestionMark(canonical)) go(canonical, true);
  }, [search, canonical, go]);

  return { view, ignored, query, update, dismissIgnored };
}
