import { useSyncExternalStore } from 'react';

const MINUTE_MS = 60_000;

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, 15_000);
  return () => {
    clearInterval(timer);
  };
}

const getMinute = () => Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;

/**
 * The current time to the minute, as epoch milliseconds; re-renders when the minute turns, so
 * "Today" stops matching yesterday's range after midnight without a reload.
 */
export function useNowMinute(): number {
  return useSyncExternalStore(subscribe, getMinute, getMinute);
}
