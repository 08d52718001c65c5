import { lazy, Suspense } from 'react';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';

// The panel (Radix Dialog, transcript tools, scorecard) loads the first time a call is opened.
const ScoredCallPanel = lazy(() => import('./scored-call-panel'));

export interface ScoredCallPanelSlotProps {
  /** The open call's call-log `_id`; undefined when no call is open. */
  callId: string | undefined;
  /** Playback offset of a moment link, in seconds. */
  t?: number | undefined;
  /**
   * The scored record on screen with that call (its `call_log` is the call, its `insight` the
   * scorecard: no request), or undefined for a link to a call not on the page.
   */
  record?: ScoredCall | undefined;
  /** Closes the panel: the host drops the open call from its URL. */
  onClose: () => void;
}

/** The call panel for a page of scored calls (the coaching page), when a call is open. */
export function ScoredCallPanelSlot({ callId, t, record, onClose }: ScoredCallPanelSlotProps) {
  if (callId === undefined) return null;
  return (
    <Suspense fallback={null}>
      <ScoredCallPanel callId={callId} t={t} record={record} onClose={onClose} />
    </Suspense>
  );
}
