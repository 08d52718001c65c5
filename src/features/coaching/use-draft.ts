import { useCallback, useState } from 'react';

/**
 * A field's own text, following `committed` (the URL's value) when that changes from elsewhere
 * (Back, a quick choice) without an effect that copies it: the "adjust state during render"
 * pattern. The call log's filters have the same hook; features do not import each other.
 */
export function useDraft(committed: string): [text: string, setText: (text: string) => void] {
  const [state, setState] = useState({ text: committed, committed });
  const setText = useCallback((text: string) => {
    setState((current) => ({ ...current, text }));
  }, []);
  if (state.committed !== committed) {
    setState({ text: committed, committed });
    return [committed, setText];
  }
  return [state.text, setText];
}
