import { describe, expect, it } from 'vitest';
import type { ShortcutKeyInput } from './keyboard-shortcuts';
import { commandForKey, keyTargetKind } from './keyboard-shortcuts';

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

describe('keyTargetKind', () => {
  function element(html: string): Element {
    document.body.innerHTML = html;
    const found = document.body.querySelector('[data-target]');
    if (!found) throw new Error('no target');
    return found;
  }

  it('treats text inputs, textareas, selects and editable content as fields', () => {
    expect(keyTargetKind(element('<input data-target type="search">'))).toBe('text-field');
    expect(keyTargetKind(element('<textarea data-target></textarea>'))).toBe('text-field');
    expect(keyTargetKind(element('<select data-target></select>'))).toBe('text-field');
    expect(keyTargetKind(element('<div contenteditable="true"><b data-target>x</b></div>'))).toBe(
      'text-field',
    );
  });

  it('treats buttons, sliders and range inputs as controls, the rest as other', () => {
    expect(keyTargetKind(element('<button data-target>Go</button>'))).toBe('control');
    expect(keyTargetKind(element('<input data-target type="range">'))).toBe('control');
    expect(keyTargetKind(element('<span role="slider" data-target></span>'))).toBe('control');
    expect(keyTargetKind(element('<div data-target tabindex="0"></div>'))).toBe('other');
    expect(keyTargetKind(null)).toBe('other');
  });
});
