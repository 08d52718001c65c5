import { useEffect } from 'react';
import type { PlayerCommand } from './keyboard-shortcuts';
import { commandForKey } from './keyboard-shortcuts';
import { keyTargetKind } from '@/lib/keyboard/key-target';
import type { PlayerStore } from '@/lib/player/player-store';

function run(store: PlayerStore, command: Exclude<PlayerCommand, { type: 'help' }>): void {
  switch (command.type) {
    case 'toggle':
      store.toggle();
      return;
    case 'seek-by':
      store.seekBy(command.seconds);
      return;
    case 'speed':
      store.stepSpeed(command.direction);
  }
}

/** Listens for the player's shortcuts on the whole page; `onHelp` opens the overlay. */
export function usePlayerShortcuts(store: PlayerStore, onHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: keyTargetKind(event.target),
      });
      if (!command) return;
      if (command.type === 'help') {
        event.preventDefault();
        onHelp();
        return;
      }
      // With nothing loaded, Space and the arrows keep their usual meaning (scrolling).
      if (!store.getState().track) return;
      event.preventDefault();
      run(store, command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [store, onHelp]);
}
