import { formatCount } from '@/lib/format/count';
import type { CountState } from './summary-plan';

/** A count as the summary writes it: the number, "…" while it comes, "—" when it failed. */
export function countText(count: CountState): string {
  if (count === 'counting') return '…';
  if (count === 'failed') return '—';
  return formatCount(count);
}

/** The same for a screen reader, where "…" and "—" say nothing. */
export function countWords(count: CountState): string {
  if (count === 'counting') return 'counting';
  if (count === 'failed') return 'not counted';
  return formatCount(count);
}
