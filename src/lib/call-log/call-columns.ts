import type { ColumnVisibilityState } from '@tanstack/react-table';

/**
 * The call log's columns as the table shows them and the CSV export writes them: their ids in
 * table order, which ones show until a user chooses, and where that choice is kept.
 */

export const CALL_COLUMN_IDS = [
  'recording',
  'started_at',
  'ended_at',
  'rep',
  'contact',
  'to',
  'from',
  'direction',
  'outcome',
  'answered_by',
  'disposition',
  'duration',
  'notes',
  'createdAt',
] as const;

export type CallColumnId = (typeof CALL_COLUMN_IDS)[number];

/** Every column the user may hide (all but the recording and the start), and whether it shows. */
export const CALL_COLUMN_DEFAULTS: Readonly<ColumnVisibilityState> = Object.freeze({
  ended_at: false,
  rep: true,
  contact: true,
  to: true,
  from: true,
  direction: true,
  outcome: true,
  answered_by: true,
  disposition: true,
  duration: true,
  notes: true,
  createdAt: false,
});

/** A preference of this browser, not part of the view: it stays out of the URL. */
export const CALL_COLUMNS_STORAGE_KEY = 'calls.columns.v1';
