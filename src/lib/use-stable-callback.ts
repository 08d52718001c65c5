import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * `callback` behind a function that never changes, so memoised children need not re-render when
 * the parent passes a new closure each render; it always calls the latest one. Undefined stays
 * undefined, so "is there a handler" is still visible to the child.
 */
export function useStableCallback<Args extends unknown[]>(
  callback: (...args: Args) => void,
): (...args: Args) => void;
export function useStableCallback<Args extends unknown[]>(
  callback: ((...args: Args) => void) | undefined,
): ((...args: Args) => void) | undefined;
export function useStableCallback<Args extends unknown[]>(
  callback: ((...args: Args) => void) | undefined,
): ((...args: Args) => void) | undefined {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  const stable = useCallback((...args: Args) => {
    latest.current?.(...args);
  }, []);
  return callback ? stable : undefined;
}
