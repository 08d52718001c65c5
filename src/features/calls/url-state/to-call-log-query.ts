import type { CallLogQuery } from './call-log-query';
import type { CallsView } from './calls-view';
import { normalizeCallsView } from './serialize-calls-view';

/**
 * The API request of a view: paging, sort and filters, and never a UI key. Normalised first, so
 * whatever a caller built, the request only carries what the contract accepts.
 */
export function toCallLogQuery(view: CallsView): CallLogQuery {
  const { page, limit, sort, filters } = normalizeCallsView(view);
  return { page, limit, sort, filters };
}
