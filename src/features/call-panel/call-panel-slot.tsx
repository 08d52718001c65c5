import { lazy, Suspense } from 'react';
import { useCallsView } from '@/lib/calls-view/use-calls-view';

// The panel (Radix Dialog, transcript tools) loads the first time a call is opened.
const CallPanel = lazy(() => import('./call-panel'));

/** The open call's panel, when the URL names one (`call=`). */
export function CallPanelSlot() {
  const { view } = useCallsView();
  if (view.call === undefined) return null;
  return (
    <Suspense fallback={null}>
      <CallPanel callId={view.call} />
    </Suspense>
  );
}
