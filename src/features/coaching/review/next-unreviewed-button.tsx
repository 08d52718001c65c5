import { useState } from 'react';
import { player } from '@/lib/player/player-store';
import type { PlayerStore } from '@/lib/player/player-store';
import { trackOf } from '@/lib/player/player-track';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { findNextUnreviewed, MAX_PAGES_AHEAD } from './next-unreviewed';
import type { ReviewPage } from './next-unreviewed';
import { reviewMarks } from './review-marks';
import type { ReviewMarksStore } from './review-marks';
import { useNextUnreviewedShortcut } from './next-unreviewed-shortcut';
import { callIdOfScoredCall } from './review-rows';

export interface NextUnreviewedButtonProps {
  /** The current page's rows, in the table's order (all of them, hidden or not). */
  rows: readonly ScoredCall[];
  page: number;
  /** The page after this one; null on the last. */
  next: number | null;
  openCallId: string | undefined;
  /** Reads another page of the same query (the host uses the table's cache). */
  fetchPage: (page: number) => Promise<ReviewPage<ScoredCall>>;
  /** Open this call (and show its page): the host writes the URL. */
  onOpen: (callId: string, page: number) => void;
  store?: ReviewMarksStore;
  playerStore?: PlayerStore;
}

type Outcome = { kind: 'idle' | 'looking' } | { kind: 'said'; text: string };

/**
 * "Next unreviewed" (and its key, N): opens the next call after the open one without a
 * "Reviewed" mark and starts its recording, as a row's play button does.
 */
export function NextUnreviewedButton({
  rows,
  page,
  next,
  openCallId,
  fetchPage,
  onOpen,
  store = reviewMarks,
  playerStore = player,
}: NextUnreviewedButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const isLooking = outcome.kind === 'looking';

  const goNext = () => {
    if (isLooking) return;
    setOutcome({ kind: 'looking' });
    const marks = store.getSnapshot();
    findNextUnreviewed({
      rows,
      page,
      next,
      openCallId,
      callIdOf: callIdOfScoredCall,
      isReviewed: (callId) => marks.has(callId),
      fetchPage,
    }).then(
      (result) => {
        if (result.kind === 'none-left') {
          setOutcome({ kind: 'said', text: 'No unreviewed calls after this one.' });
          return;
        }
        if (result.kind === 'not-found-yet') {
          setOutcome({
            kind: 'said',
            text: `All calls in the next ${String(MAX_PAGES_AHEAD)} pages are reviewed.`,
          });
          return;
        }
        onOpen(result.callId, result.page);
        const track = result.row.call_log && trackOf(result.row.call_log);
        if (track) playerStore.play(track);
        setOutcome(
          track
            ? { kind: 'idle' }
            : {
                kind: 'said',
                text: 'Opened the next unreviewed call; it has no recording to play.',
              },
        );
      },
      () => {
        setOutcome({ kind: 'said', text: 'Could not read the next page. Try again.' });
      },
    );
  };
  useNextUnreviewedShortcut(goNext);

  return (
    <span className="next-unreviewed">
      <button
        type="button"
        className="button"
        aria-keyshortcuts="N"
        aria-disabled={isLooking}
        title="Open and play the next call without a “Reviewed” mark (N)"
        onClick={goNext}
      >
        Next unreviewed
      </button>
      <span className="next-unreviewed__status" role="status">
        {isLooking ? 'Looking…' : outcome.kind === 'said' ? outcome.text : ''}
      </span>
    </span>
  );
}
