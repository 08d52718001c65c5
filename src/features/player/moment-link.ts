import type { CallsView } from '@/lib/calls-view/calls-view';
import { withCall } from '@/lib/calls-view/calls-view-updates';
import { serializeCallsView } from '@/lib/calls-view/calls-view-params';

/**
 * A link that opens `callId` with the current filters and plays it from `seconds` (whole seconds,
 * rounded down so the listener hears the moment rather than just after it).
 */
export function momentLink(
  base: { origin: string; pathname: string },
  view: CallsView,
  callId: string,
  seconds: number,
): string {
  const t = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const search = serializeCallsView(withCall(view, callId, t));
  return `${base.origin}${base.pathname}?${search}`;
}
