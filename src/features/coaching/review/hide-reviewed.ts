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
