import { useState } from 'react';
import { functionalUpdate } from '@tanstack/react-table';
import type { ColumnVisibilityState, OnChangeFn } from '@tanstack/react-table';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keeps what `defaults` allows: it names every column the user may hide (and whether it shows by
 * default). Entries for other ids and non-boolean values are ignored, so an old or tampered value
 * can never hide a column that must show.
 */
export function sanitizeColumnVisibility(
  value: unknown,
  defaults: Readonly<ColumnVisibilityState>,
): ColumnVisibilityState {
  const result: ColumnVisibilityState = { ...defaults };
  if (!isRecord(value)) return result;
  for (const id of Object.keys(defaults)) {
    const visible = value[id];
    if (typeof visible === 'boolean') result[id] = visible;
  }
  return result;
}

/** Reads a stored column choice; text that is not JSON counts as nothing stored. */
export function parseColumnVisibility(
  stored: string | null,
  defaults: Readonly<ColumnVisibilityState>,
): ColumnVisibilityState {
  if (stored === null) return { ...defaults };
  try {
    return sanitizeColumnVisibility(JSON.parse(stored), defaults);
  } catch {
    return { ...defaults };
  }
}

// Storage can be missing or throw (privacy modes, quota, sandboxed frames): a preference is then
// simply not remembered.
function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered this time; the choice still applies on screen.
  }
}

/** The stored choice as it stands now, for readers outside the table (an export, say). */
export function readStoredColumnVisibility(
  storageKey: string,
  defaults: Readonly<ColumnVisibilityState>,
): ColumnVisibilityState {
  return parseColumnVisibility(readStorage(storageKey), defaults);
}

/** A column-visibility state and its setter, as `useTable` takes them. */
export interface ColumnVisibilityControl {
  columnVisibility: ColumnVisibilityState;
  onColumnVisibilityChange: OnChangeFn<ColumnVisibilityState>;
}

/**
 * Column visibility as a remembered preference (not view state: it stays out of the URL). Pass the
 * result's two fields to `useTable` as `state.columnVisibility` and `onColumnVisibilityChange`; to
 * every table that renders the same rows (a page rendered ahead of time too), so that all of them
 * show the same columns. `defaults` should be a module constant.
 */
export function useStoredColumnVisibility(
  storageKey: string,
  defaults: Readonly<ColumnVisibilityState>,
): ColumnVisibilityControl {
  const [columnVisibility, setColumnVisibility] = useState(() =>
    parseColumnVisibility(readStorage(storageKey), defaults),
  );
  const onColumnVisibilityChange: OnChangeFn<ColumnVisibilityState> = (updater) => {
    const next = sanitizeColumnVisibility(functionalUpdate(updater, columnVisibility), defaults);
    setColumnVisibility(next);
    writeStorage(storageKey, JSON.stringify(next));
  };
  return { columnVisibility, onColumnVisibilityChange };
}
