import { describe, expect, it } from 'vitest';
import type { ShortcutKeyInput } from './keyboard-shortcuts';
import { commandForKey } from './keyboard-shortcuts';

const press = (key: string, overrides: Partial<ShortcutKeyInput> = {}) =>
  commandForKey({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: 'other',
    ...overrides,
  });

describe('commandForKey', () => {
  it('maps the documented keys', () => {
    expect(press(' ')).toEqual({ type: 'toggle' });
    expect(press('k')).toEqual({ type: 'toggle' });
    expect(press('j')).toEqual({ type: 'seek-by', seconds: -15 });
    expect(press('l')).toEqual({ type: 'seek-by', seconds: 15 });
    expect(press('ArrowLeft')).toEqual({ type: 'seek-by', seconds: -5 });
    expect(press('ArrowRight')).toEqual({ type: 'seek-by', seconds: 5 });
    expect(press('<')).toEqual({ type: 'speed', direction: -1 });
    expect(press('>')).toEqual({ type: 'speed', direction: 1 });
    expect(press('?')).toEqual({ type: 'help' });
    expect(press('x')).toBeUndefined();
    // N is the coaching view's "next unreviewed": listed in the help, never the player's.
    expect(press('n')).toBeUndefined();
  });

  it('never fires while typing in a field or with a modifier held', () => {
    expect(press('k', { target: 'text-field' })).toBeUndefined();
    expect(press(' ', { target: 'text-field' })).toBeUndefined();
    expect(press('l', { ctrlKey: true })).toBeUndefined();
    expect(press('ArrowLeft', { metaKey: true })).toBeUndefined();
  });

  it('leaves Space and arrows to focused controls, but still takes letters there', () => {
    expect(press(' ', { target: 'control' })).toBeUndefined();
    expect(press('ArrowRight', { target: 'control' })).toBeUndefined();
    expect(press('k', { target: 'control' })).toEqual({ type: 'toggle' });
  });
});
