import { ScoredCallPanelSlot } from '@/features/call-panel/scored-call-panel-slot';
import CoachingPage from '@/features/coaching/coaching-page';

/** `/coaching`: the coaching page, with the call panel opening over it for a row's call. */
export default function CoachingRoute() {
  return <CoachingPage CallPanel={ScoredCallPanelSlot} />;
}
