import { contactSummary } from '@/lib/call-log/call-display';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';

/** The call a scored-call row opens: the call log's `_id`, as the marks and the URL hold it. */
export const callIdOfScoredCall = (row: ScoredCall): string | undefined => row.call_log?._id;

/** What a review button calls the row's call: its contact, else their company, else "this call". */
export function reviewSubject(row: ScoredCall | undefined): string {
  const contact = contactSummary(row?.call_log?.contact);
  return contact?.name ?? contact?.company ?? 'this call';
}

/** The rows a "Hide reviewed" filter keeps, and how many it hides. */
export function withoutReviewed<T>(
  rows: readonly T[],
  callIdOf: (row: T) => string | undefined,
  isReviewed: (callId: string) => boolean,
): { rows: T[]; hidden: number } {
  const kept = rows.filter((row) => {
    const callId = callIdOf(row);
    return callId === undefined || !isReviewed(callId);
  });
  return { rows: kept, hidden: rows.length - kept.length };
}
