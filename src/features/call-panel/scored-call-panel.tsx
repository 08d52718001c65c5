import { useQuery } from '@tanstack/react-query';
import { callQueries } from '@/lib/call-log/call-log';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { CallPanel } from './call-panel';
import type { PanelCall } from './use-panel-call';

export interface ScoredCallPanelProps {
  /** The open call's call-log `_id`. */
  callId: string;
  /** Playback offset of a moment link, in seconds. */
  t?: number | undefined;
  /** The scored record on screen with this call, if any: its call and scorecard need no request. */
  record?: ScoredCall | undefined;
  onClose: () => void;
}

/**
 * The panel opened from scored calls: the record on screen carries the call and its scorecard; a
 * link to a call not on screen fetches the call with `/v1/call-log/{id}` and looks its score up.
 */
export default function ScoredCallPanel({ callId, t, record, onClose }: ScoredCallPanelProps) {
  const fromRecord = record?.call_log?._id === callId ? record.call_log : undefined;
  const detail = useQuery({ ...callQueries.detail(callId), enabled: fromRecord === undefined });
  const call = fromRecord ?? detail.data;
  const panelCall: PanelCall = {
    call,
    isLoading: call === undefined && detail.isPending,
    error: call === undefined ? detail.error : null,
  };
  return (
    <CallPanel
      callId={callId}
      panelCall={panelCall}
      scoredRecord={fromRecord === undefined ? undefined : record}
      t={t}
      onClose={onClose}
    />
  );
}
