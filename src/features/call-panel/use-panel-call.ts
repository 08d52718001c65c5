import { useQuery } from '@tanstack/react-query';
import { callQueries } from '@/lib/call-log/call-log';
import type { Call } from '@/lib/call-log/call-schema';
import { useCallsView } from '@/lib/calls-view/use-calls-view';

export interface PanelCall {
  call: Call | undefined;
  isLoading: boolean;
  error: unknown;
}

/**
 * The open call: taken from the page on screen when it is there, else fetched on its own with
 * `/v1/call-log/{id}` (a shared link, a call from another page or filter).
 */
export function usePanelCall(callId: string): PanelCall {
  const { query } = useCallsView();
  const page = useQuery(callQueries.page(query));
  const fromPage = page.data?.rows.find((row) => row._id === callId);
  const detail = useQuery({
    ...callQueries.detail(callId),
    enabled: fromPage === undefined && page.status !== 'pending',
  });
  const call = fromPage ?? detail.data;
  return {
    call,
    isLoading: call === undefined && (page.status === 'pending' || detail.isPending),
    error: call === undefined ? detail.error : null,
  };
}
