import { useEffect } from 'react';
import { keyTargetKind } from '@/lib/keyboard/key-target';
import type { KeyTargetKind } from '@/lib/keyboard/key-target';
import { useStableCallback } from '@/lib/use-stable-callback';

/**
 * N opens the next unreviewed call. The player's keys (Space, K, J, L, arrows, <, >, ?) leave it
 * free, and its shortcut help lists it. Never while typing, nor with a modifier (Ctrl+N is the
 * browser's).
 */
export function isNextUnreviewedKey(input: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: KeyTargetKind;
}): boolean {
  if (input.ctrlKey || input.metaKey || input.altKey || input.target === 'text-field') return false;
  return input.key === 'n' || input.key === 'N';
}

/** Listens for N on the whole page while the component that owns it is mounted. */
export function useNextUnreviewedShortcut(onNext: () => void, isEnabled = true): void {
  const run = useStableCallback(onNext);
  useEffect(() => {
    if (!isEnabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      const isOurs = isNextUnreviewedKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: keyTargetKind(event.target),
      });
      if (!isOurs) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [run, isEnabled]);
}
