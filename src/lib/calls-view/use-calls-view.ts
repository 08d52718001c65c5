import { use } from 'react';
import type { CallsViewState } from './calls-view-provider';
import { CallsViewContext } from './calls-view-provider';

/** The one way components read and write the calls view (see `CallsViewProvider`). */
export function useCallsView(): CallsViewState {
  const state = use(CallsViewContext);
  if (!state) throw new Error('useCallsView needs a CallsViewProvider above it');
  return state;
}
