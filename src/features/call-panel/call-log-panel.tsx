import { withCall } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { CallPanel } from './call-panel';
import { usePanelCall } from './use-panel-call';

/** The call log's panel: the call comes from the page on screen or its own request. */
export default function CallLogPanel({ callId }: { callId: string }) {
  const { view, update } = useCallsView();
  const panelCall = usePanelCall(callId);
  return (
    <CallPanel
      callId={callId}
      panelCall={panelCall}
      t={view.t}
      onClose={() => {
        update((current) => withCall(current, undefined));
      }}
    />
  );
}
