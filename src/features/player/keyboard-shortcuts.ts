import type { KeyTargetKind } from '@/lib/keyboard/key-target';

/** The player's keyboard shortcuts: which key does what, and when a key is not ours to take. */

export type PlayerCommand =
  | { type: 'toggle' }
  | { type: 'seek-by'; seconds: number }
  | { type: 'speed'; direction: 1 | -1 }
  | { type: 'help' };

export interface ShortcutKeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: KeyTargetKind;
}

/** What the help overlay lists, in this order. */
export const SHORTCUT_HELP: readonly { keys: string[]; action: string }[] = [
  { keys: ['Space', 'K'], action: 'Play or pause' },
  { keys: ['J'], action: 'Back 15 seconds' },
  { keys: ['L'], action: 'Forward 15 seconds' },
  { keys: ['←'], action: 'Back 5 seconds' },
  { keys: ['→'], action: 'Forward 5 seconds' },
  { keys: ['Shift', '<'], action: 'Slower' },
  { keys: ['Shift', '>'], action: 'Faster' },
  // The coaching view's own key (features/coaching/review/next-unreviewed-shortcut.ts): listed here
  // so one overlay shows every key; commandForKey leaves it alone.
  { keys: ['N'], action: 'Open and play the next unreviewed call (coaching view)' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

const KEYS_CONTROLS_USE = new Set([' ', 'ArrowLeft', 'ArrowRight']);

/** The command for a key press, or undefined when the key is not a shortcut here. */
export function commandForKey(input: ShortcutKeyInput): PlayerCommand | undefined {
  if (input.ctrlKey || input.metaKey || input.altKey) return undefined;
  if (input.target === 'text-field') return undefined;
  if (input.target === 'control' && KEYS_CONTROLS_USE.has(input.key)) return undefined;
  switch (input.key) {
    case ' ':
    case 'k':
    case 'K':
      return { type: 'toggle' };
    case 'j':
    case 'J':
      return { type: 'seek-by', seconds: -15 };
    case 'l':
    case 'L':
      return { type: 'seek-by', seconds: 15 };
    case 'ArrowLeft':
      return { type: 'seek-by', seconds: -5 };
    case 'ArrowRight':
      return { type: 'seek-by', seconds: 5 };
    case '<':
      return { type: 'speed', direction: -1 };
    case '>':
      return { type: 'speed', direction: 1 };
    case '?':
      return { type: 'help' };
    default:
      return undefined;
  }
}
