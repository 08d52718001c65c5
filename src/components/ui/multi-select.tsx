import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import type { ReactNode } from 'react';
import { useId, useRef, useState } from 'react';
import type { MultiSelectOption } from './multi-select-options';
import { filterOptions, groupOptions, summarizeSelection } from './multi-select-options';
import './multi-select.css';

export type { MultiSelectOption } from './multi-select-options';

export interface MultiSelectProps {
  /** The field's visible name; also names the trigger, the search box and the list. */
  label: string;
  options: readonly MultiSelectOption[];
  /** Values of the chosen options, in any order. */
  selected: readonly string[];
  /** Every change, with the whole new selection (in option order). */
  onChange: (selected: string[]) => void;
  /** Trigger text with nothing chosen. */
  placeholder?: string;
  /** Placeholder of the search box. */
  searchPlaceholder?: string;
  /** Shown when no option matches the search (or there are none). */
  emptyMessage?: string;
  /** Shown above the list: loading, a failure and its retry. */
  status?: ReactNode;
  /** Further options cannot be chosen once this many are; the list says why. */
  maxSelected?: number;
}

/**
 * A button showing the selection that opens a searchable list of options with checkmarks, grouped
 * under headings (the shadcn "faceted filter": Radix Popover + cmdk). Type to narrow, arrows to
 * move, Enter or a click to toggle; Escape closes and returns focus to the button.
 *
 * cmdk marks the option under the cursor with `aria-selected`, so the chosen state is
 * `aria-checked` on each option (ARIA 1.2 allows it on `option`), and a tick.
 */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  placeholder = 'Any',
  searchPlaceholder = 'Search…',
  emptyMessage = 'Nothing matches.',
  status,
  maxSelected,
}: MultiSelectProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [search, setSearch] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const labelId = `${id}-label`;
  const valueId = `${id}-value`;

  const chosen = new Set(selected);
  const isFull = maxSelected !== undefined && chosen.size >= maxSelected;
  const groups = groupOptions(filterOptions(options, search));
  const summary = summarizeSelection(options, selected, placeholder);

  const toggle = (value: string) => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else if (!isFull) next.add(value);
    else return;
    // Option order, then values without an option: a stable order whatever the click order.
    const ordered = options.map((option) => option.value).filter((value) => next.has(value));
    const rest = [...next].filter((value) => !ordered.includes(value));
    onChange([...ordered, ...rest]);
  };

  const renderOption = (option: MultiSelectOption) => {
    const isChosen = chosen.has(option.value);
    return (
      <Command.Item
        key={option.value}
        value={option.value}
        className="multi-select__option"
        aria-checked={isChosen}
        disabled={!isChosen && isFull}
        onSelect={() => {
          toggle(option.value);
        }}
      >
        <span className="multi-select__check" aria-hidden="true">
          {isChosen ? '✓' : ''}
        </span>
        <span className="multi-select__option-label">{option.label}</span>
        {option.hint ? <span className="multi-select__hint">{option.hint}</span> : null}
      </Command.Item>
    );
  };

  return (
    <div className="multi-select">
      <span id={labelId} className="multi-select__label">
        {label}
      </span>
      {/* Modal: focus stays in the list until it closes, and its wheel scrolling survives inside a
          Dialog, whose scroll lock would otherwise swallow it (radix-ui/primitives#2028). */}
      <Popover.Root
        modal
        open={isOpen}
        onOpenChange={(open) => {
          setIsOpen(open);
          if (!open) setSearch('');
        }}
      >
        <Popover.Trigger asChild>
          <button
            type="button"
            className="multi-select__trigger"
            aria-labelledby={`${labelId} ${valueId}`}
          >
            <span
              id={valueId}
              className={
                selected.length > 0
                  ? 'multi-select__value'
                  : 'multi-select__value multi-select__value--empty'
              }
            >
              {summary}
            </span>
            <span className="multi-select__chevron" aria-hidden="true">
              ▾
            </span>
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            className="multi-select__popover"
            aria-label={label}
            align="start"
            sideOffset={4}
            collisionPadding={8}
          >
            <Command shouldFilter={false} loop label={`Search ${label.toLowerCase()}`}>
              <Command.Input
                ref={searchRef}
                className="multi-select__search"
                value={search}
                onValueChange={setSearch}
                placeholder={searchPlaceholder}
              />
              {status ? <div className="multi-select__status">{status}</div> : null}
              {isFull ? (
                <p className="multi-select__status">
                  At most {maxSelected} can be chosen; unselect one to choose another.
                </p>
              ) : null}
              <Command.List className="multi-select__list" label={label}>
                {groups.length === 0 ? (
                  <p className="multi-select__empty" role="presentation">
                    {emptyMessage}
                  </p>
                ) : null}
                {groups.map((group) =>
                  group.heading === undefined ? (
                    group.options.map(renderOption)
                  ) : (
                    <Command.Group
                      key={group.heading}
                      heading={group.heading}
                      className="multi-select__group"
                    >
                      {group.options.map(renderOption)}
                    </Command.Group>
                  ),
                )}
              </Command.List>
              <div className="multi-select__footer">
                <span className="multi-select__count" aria-live="polite">
                  {selected.length} selected
                </span>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  disabled={selected.length === 0}
                  onClick={() => {
                    onChange([]);
                    // The button is about to be disabled: keep focus inside the popover.
                    searchRef.current?.focus();
                  }}
                >
                  Clear
                </button>
              </div>
            </Command>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
