/**
 * Where a key was pressed, for page-wide shortcuts (the player's, a view's own). `text-field`:
 * typing goes there, so no shortcut fires. `control`: a button, link or widget that has its own
 * use for Space and the arrow keys.
 */
export type KeyTargetKind = 'text-field' | 'control' | 'other';

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
