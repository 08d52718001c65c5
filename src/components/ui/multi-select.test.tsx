import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test } from 'vitest';
import type { MultiSelectOption } from './multi-select';
import { MultiSelect } from './multi-select';

beforeAll(() => {
  // Radix measures the popover and cmdk scrolls the active option into view; jsdom does neither.
  if (!Reflect.has(globalThis, 'ResizeObserver')) {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!Reflect.has(Element.prototype, 'scrollIntoView')) {
    Element.prototype.scrollIntoView = () => undefined;
  }
});

const OPTIONS: MultiSelectOption[] = [
  { value: '1', label: 'Meeting Set', group: 'Positive' },
  { value: '4', label: 'Referral', group: 'Positive', hint: 'custom' },
  { value: '3', label: 'Not Interested', group: 'Negative' },
  { value: '10', label: 'No Answer', group: 'Not answered' },
];

/** A controlled MultiSelect that records every change. */
function Harness({ initial = [], max }: { initial?: string[]; max?: number }) {
  const [selected, setSelected] = useState(initial);
  return (
    <>
      <MultiSelect
        label="Dispositions"
        options={OPTIONS}
        selected={selected}
        onChange={setSelected}
        maxSelected={max}
      />
      <output aria-label="selection">{selected.join(',')}</output>
    </>
  );
}

// `hidden`: while the (modal) popover is open, everything outside it is hidden from the a11y tree.
const selection = () => screen.getByRole('status', { name: 'selection', hidden: true }).textContent;
const optionLabel = (option: HTMLElement) =>
  option.querySelector('.multi-select__option-label')?.textContent;
const trigger = () => screen.getByRole('button', { name: /^Dispositions/, hidden: true });

describe('MultiSelect', () => {
  test('the trigger is named by the label and shows the selection', () => {
    const { unmount } = render(<Harness />);
    expect(trigger().textContent).toContain('Any');
    expect(trigger().getAttribute('aria-expanded')).toBe('false');
    unmount();
    render(<Harness initial={['4']} />);
    expect(trigger()).toHaveProperty('textContent', expect.stringContaining('Referral'));
  });

  test('keyboard: open, search, toggle with Enter, close with Escape back on the trigger', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(document.activeElement).toBe(trigger());
    await user.keyboard('{Enter}');

    const popover = await screen.findByRole('dialog', { name: 'Dispositions' });
    const search = within(popover).getByRole('combobox', { name: 'Search dispositions' });
    expect(document.activeElement).toBe(search);
    await user.type(search, 'refer');
    const listbox = screen.getByRole('listbox', { name: 'Dispositions' });
    expect(within(listbox).getAllByRole('option').map(optionLabel)).toEqual(['Referral']);
    await user.keyboard('{Enter}');
    expect(selection()).toBe('4');
    expect(screen.getByRole('option', { name: /Referral/ }).getAttribute('aria-checked')).toBe(
      'true',
    );

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(trigger());
    expect(trigger().textContent).toContain('Referral');
  });

  test('options sit under group headings and toggle on click, in option order', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(trigger());
    const positive = await screen.findByRole('group', { name: 'Positive' });
    expect(within(positive).getAllByRole('option').map(optionLabel)).toEqual([
      'Meeting Set',
      'Referral',
    ]);
    const notAnswered = screen.getByRole('group', { name: 'Not answered' });
    expect(within(notAnswered).getAllByRole('option').map(optionLabel)).toEqual(['No Answer']);

    await user.click(screen.getByRole('option', { name: /No Answer/ }));
    await user.click(screen.getByRole('option', { name: /Meeting Set/ }));
    expect(selection()).toBe('1,10');
    expect(trigger().textContent).toContain('2 selected');
    expect(screen.getAllByRole('option', { checked: true }).map(optionLabel)).toEqual([
      'Meeting Set',
      'No Answer',
    ]);

    await user.click(screen.getByRole('option', { name: /Meeting Set/ }));
    expect(selection()).toBe('10');
  });

  test('Clear inside the popover unselects everything and keeps focus inside', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['1', '3']} />);
    await user.click(trigger());
    await user.click(await screen.findByRole('button', { name: 'Clear' }));
    expect(selection()).toBe('');
    expect(screen.getByRole('button', { name: 'Clear' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });

  test('says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(trigger());
    await user.type(await screen.findByRole('combobox'), 'zzz');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByRole('listbox', { name: 'Dispositions' }).textContent).toBe(
      'Nothing matches.',
    );
  });

  test('stops at maxSelected and says why, until one is unselected', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['1']} max={1} />);
    await user.click(trigger());
    expect((await screen.findByText(/^At most/)).textContent).toBe(
      'At most 1 can be chosen; unselect one to choose another.',
    );
    await user.click(screen.getByRole('option', { name: /Referral/ }));
    expect(selection()).toBe('1');
    expect(screen.getByRole('option', { name: /Referral/ }).getAttribute('aria-disabled')).toBe(
      'true',
    );

    await user.click(screen.getByRole('option', { name: /Meeting Set/ }));
    expect(selection()).toBe('');
    expect(screen.queryByText(/^At most/)).toBeNull();
    await user.click(screen.getByRole('option', { name: /Referral/ }));
    expect(selection()).toBe('4');
  });
});
