/** The player's keyboard shortcuts: which key does what, and when a key is not ours to take. */

export type PlayerCommand =
  | { type: 'toggle' }
  | { type: 'seek-by'; seconds: number }
  | { type: 'speed'; direction: 1 | -1 }
  | { type: 'help' };

/**
 * Where the key was pressed. `text-field`: typing goes there, so no shortcut fires. `control`: a
 * button, link or widget that has its own use for Space and the arrow keys.
 */
export type KeyTargetKind = 'text-field' | 'control' | 'other';

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

const NON_TEXT_INPUT_TYPES = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
]);

const CONTROL_SELECTOR = [
  'button',
  'a[href]',
  'summary',
  'input',
  '[role="button"]',
  '[role="slider"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="option"]',
  '[role="menuitem"]',
  '[role="menuitemcheckbox"]',
  '[role="menuitemradio"]',
  '[role="listbox"]',
  '[role="menu"]',
].join(',');

/** Classifies the element a key was pressed on (see `KeyTargetKind`). */
export function keyTargetKind(target: EventTarget | null): KeyTargetKind {
  if (!(target instanceof Element)) return 'other';
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return 'text-field';
  }
  if (target instanceof HTMLInputElement && !NON_TEXT_INPUT_TYPES.has(target.type)) {
    return 'text-field';
  }
  if (target instanceof HTMLElement && target.isContentEditable) return 'text-field';
  if (target.closest('[contenteditable="true"], [contenteditable=""], [role="textbox"]')) {
    return 'text-field';
  }
  if (target.closest(CONTROL_SELECTOR)) return 'control';
  return 'other';
}
