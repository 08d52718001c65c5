import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { callQueries } from '@/lib/call-log/call-log';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { player } from '@/lib/player/player-store';

/** Plays the filtered list in order from the page on screen, fetching later pages as it goes. */
export function PlayAllButton() {
  const { query } = useCallsView();
  const queryClient = useQueryClient();
  const [isStarting, setIsStarting] = useState(false);
  const [message, setMessage] = useState('');

  const start = async () => {
    setIsStarting(true);
    setMessage('');
    try {
      // The queue logic loads on first use: nobody needs it to see the list.
      const { startPlayAll } = await import('@/lib/player/play-all');
      const hasStarted = await startPlayAll(player, {
        startPage: query.page,
        fetchPage: (page) => queryClient.query(callQueries.page({ ...query, page })),
      });
      if (!hasStarted) setMessage('No recordings to play.');
    } catch {
      setMessage('Could not start playing.');
    } finally {
      setIsStarting(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={isStarting}
        onClick={() => void start()}
      >
        Play all
      </button>
      <span className="muted" aria-live="polite">
        {message}
      </span>
    </>
  );
}
