import { lazy, Suspense } from 'react';
import { useCallsView } from '@/lib/calls-view/use-calls-view';

// The panel (Radix Dialog, transcript tools, scorecard) loads the first time a call is opened.
const CallLogPanel = lazy(() => import('./call-log-panel'));

/** The open call's panel, when the URL names one (`call=`). */
export function CallPanelSlot() {
  const { view } = useCallsView();
  if (view.call === undefined) return null;
  return (
    <Suspense fallback={null}>
      <CallLogPanel callId={view.call} />
    </Suspense>
  );
}
