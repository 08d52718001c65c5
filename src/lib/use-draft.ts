import { useCallback, useState } from 'react';

const same = (draft: string, committed: string) => draft === committed;

/**
 * A field's own text, following `committed` (the URL's value) when that changes from elsewhere,
 * such as Back or "Clear all", without an effect that copies it: the "adjust state during
 * render" pattern (react.dev, "You Might Not Need an Effect"). A draft that already means the
 * new value (`isEquivalent`) is kept, so a user's own write does not rewrite what they typed.
 */
export function useDraft(
  committed: string,
  isEquivalent: (draft: string, committed: string) => boolean = same,
): [text: string, setText: (text: string) => void] {
  const [state, setState] = useState({ text: committed, committed });
  const setText = useCallback((text: string) => {
    setState((current) => ({ ...current, text }));
  }, []);
  if (state.committed !== committed) {
    const text = isEquivalent(state.text, committed) ? state.text : committed;
    setState({ text, committed });
    return [text, setText];
  }
  return [state.text, setText];
}
