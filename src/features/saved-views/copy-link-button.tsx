import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the address of the current view; says so where a screen reader hears it too. */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => {
      setState('idle');
    }, 2_500);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          navigator.clipboard.writeText(window.location.href).then(
            () => {
              setState('copied');
            },
            () => {
              setState('failed');
            },
          );
        }}
      >
        Copy link
      </button>
      <span className="saved-views__status" role="status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy the link' : ''}
      </span>
    </>
  );
}
