import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import type { CallsView } from '@/lib/calls-view/calls-view';
import { withFilters } from '@/lib/calls-view/calls-view-updates';
import type { BucketSelection } from './chart-definitions';

function selectionKeys(selection: BucketSelection): (keyof BucketSelection)[] {
  return (['outcome', 'answered_by', 'min_duration', 'max_duration'] as const).filter(
    (key) => key in selection,
  );
}

/** Whether the filters are exactly what clicking this bucket would set. */
export function isBucketActive(filters: CallLogFilters, selection: BucketSelection): boolean {
  return selectionKeys(selection).every((key) => filters[key] === selection[key]);
}

/** Clicking a bucket filters to it; clicking the active bucket again removes that filter. */
export function toggleBucket(view: CallsView, selection: BucketSelection): CallsView {
  if (!isBucketActive(view.filters, selection)) return withFilters(view, selection);
  const cleared: Partial<CallLogFilters> = {};
  for (const key of selectionKeys(selection)) cleared[key] = undefined;
  return withFilters(view, cleared);
}
