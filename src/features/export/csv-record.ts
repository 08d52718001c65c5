import { tzOffset } from '@date-fns/tz';
import type { ColumnVisibilityState } from '@tanstack/react-table';
import type { Call } from '@/lib/call-log/call-schema';
import { CALL_COLUMN_IDS } from '@/lib/call-log/call-columns';

/**
 * What one call becomes in the CSV. Values are for a spreadsheet, not a screen: enum values as the
 * API names them, durations in whole seconds, times as local ISO 8601 with the UTC offset, and the
 * ids a manager needs to look a call up again. Pure, so every gap is tested here.
 */

export type CsvValue = string | number;

interface ExportField {
  header: string;
  value: (call: Call, timeZone: string) => CsvValue | undefined;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * `2024-01-15T09:30:00-05:00`: the wall clock in `timeZone` and its offset from UTC, so the
 * spreadsheet shows the user's time and the exact instant stays recoverable.
 */
export function formatLocalIsoWithOffset(
  iso: string | undefined,
  timeZone: string,
): string | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  // Whole seconds: the CSV does not need milliseconds.
  const second = Math.floor(ms / 1000) * 1000;
  const offsetMinutes = Math.round(tzOffset(timeZone, new Date(second)));
  const wall = new Date(second + offsetMinutes * 60_000);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return `${date}T${time}${offset}`;
}

function joinName(first: string | undefined, last: string | undefined): string | undefined {
  const name = [first?.trim(), last?.trim()].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

const time =
  (key: 'started_at' | 'ended_at' | 'createdAt') =>
  (call: Call, timeZone: string): string | undefined =>
    formatLocalIsoWithOffset(call[key], timeZone);

/** Always first: a row is useless without its keys. */
const ID_FIELDS: readonly ExportField[] = [
  { header: 'id', value: (call) => call._id },
  { header: 'call_id', value: (call) => call.call_id },
];

/** Each hideable table column (by column id) and the CSV fields it stands for, in table order. */
export const COLUMN_FIELDS: Readonly<Record<string, readonly ExportField[]>> = {
  // The table's play button; in a file, the link to the audio (only http(s) ones get this far).
  recording: [{ header: 'recording_url', value: (call) => call.recording_url }],
  started_at: [{ header: 'started_at', value: time('started_at') }],
  ended_at: [{ header: 'ended_at', value: time('ended_at') }],
  rep: [
    { header: 'rep', value: (call) => joinName(call.user?.first_name, call.user?.last_name) },
    { header: 'rep_email', value: (call) => call.user?.email },
    { header: 'rep_id', value: (call) => call.user?._id },
  ],
  contact: [
    {
      header: 'contact',
      value: (call) => joinName(call.contact?.first_name, call.contact?.last_name),
    },
    { header: 'contact_title', value: (call) => call.contact?.title },
    { header: 'company', value: (call) => call.contact?.company },
    { header: 'contact_id', value: (call) => call.contact?._id },
  ],
  to: [{ header: 'to', value: (call) => call.to }],
  from: [{ header: 'from', value: (call) => call.from }],
  direction: [{ header: 'direction', value: (call) => call.direction }],
  outcome: [{ header: 'outcome', value: (call) => call.outcome }],
  answered_by: [{ header: 'answered_by', value: (call) => call.answered_by }],
  disposition: [
    { header: 'disposition', value: (call) => call.disposition?.external_name },
    { header: 'disposition_id', value: (call) => call.disposition?.internal_id },
  ],
  duration: [
    {
      header: 'duration_seconds',
      value: (call) => (call.duration === undefined ? undefined : Math.round(call.duration)),
    },
  ],
  notes: [{ header: 'notes', value: (call) => call.notes }],
  createdAt: [{ header: 'created_at', value: time('createdAt') }],
};

export interface CsvLayout {
  header: string[];
  toRecord: (call: Call) => CsvValue[];
}

/**
 * The CSV's columns for what the table shows: the ids, then every visible column in table order.
 * A column missing from `visibility` counts as visible (the start time cannot be hidden).
 */
export function csvLayout(
  visibility: Readonly<ColumnVisibilityState>,
  timeZone: string,
): CsvLayout {
  const fields = [
    ...ID_FIELDS,
    ...CALL_COLUMN_IDS.filter((id) => visibility[id] !== false).flatMap(
      (id) => COLUMN_FIELDS[id] ?? [],
    ),
  ];
  return {
    header: fields.map((field) => field.header),
    toRecord: (call) => fields.map((field) => field.value(call, timeZone) ?? ''),
  };
}
