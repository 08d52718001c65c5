import { describe, expect, it } from 'vitest';
import { keyTargetKind } from './key-target';

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
