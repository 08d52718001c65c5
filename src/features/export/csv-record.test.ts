import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CALL_COLUMN_DEFAULTS, CALL_COLUMN_IDS } from '@/lib/call-log/call-columns';
import { makeCall } from '@/lib/call-log/testing/call-fixtures';
import { buildCsvParts } from './csv-build';
import { COLUMN_FIELDS, csvLayout, formatLocalIsoWithOffset } from './csv-record';

const NY = 'America/New_York';

describe('formatLocalIsoWithOffset', () => {
  it('writes the wall clock of the zone with its offset, winter and summer', () => {
    expect(formatLocalIsoWithOffset('2024-01-15T14:30:00.000Z', NY)).toBe(
      '2024-01-15T09:30:00-05:00',
    );
    expect(formatLocalIsoWithOffset('2024-07-01T14:30:05.900Z', NY)).toBe(
      '2024-07-01T10:30:05-04:00',
    );
    expect(formatLocalIsoWithOffset('2024-01-15T14:30:00.000Z', 'Asia/Kolkata')).toBe(
      '2024-01-15T20:00:00+05:30',
    );
    expect(formatLocalIsoWithOffset('2024-01-15T14:30:00.000Z', 'UTC')).toBe(
      '2024-01-15T14:30:00+00:00',
    );
  });

  it('is empty for a missing or unreadable time', () => {
    expect(formatLocalIsoWithOffset(undefined, NY)).toBeUndefined();
    expect(formatLocalIsoWithOffset('nope', NY)).toBeUndefined();
  });
});

describe('csvLayout', () => {
  it('maps every column of the table, in table order', () => {
    // The hideable columns, in table order, after the recording and the start time that cannot be.
    expect([...CALL_COLUMN_IDS]).toEqual([
      'recording',
      'started_at',
      ...Object.keys(CALL_COLUMN_DEFAULTS),
    ]);
    expect(Object.keys(COLUMN_FIELDS).sort()).toEqual([...CALL_COLUMN_IDS].sort());
  });

  it('writes the ids and the visible columns only', () => {
    const layout = csvLayout({ ...CALL_COLUMN_DEFAULTS, notes: false, to: false }, NY);
    expect(layout.header).toEqual([
      'id',
      'call_id',
      'recording_url',
      'started_at',
      'rep',
      'rep_email',
      'rep_id',
      'contact',
      'contact_title',
      'company',
      'contact_id',
      'from',
      'direction',
      'outcome',
      'answered_by',
      'disposition',
      'disposition_id',
      'duration_seconds',
    ]);
    const call = makeCall({
      _id: 'abc',
      duration: 185.4,
      recording_url: 'https://recordings.example/abc.wav',
    });
    expect(layout.toRecord(call)).toEqual([
      'abc',
      call.call_id,
      'https://recordings.example/abc.wav',
      '2024-01-15T09:30:00-05:00',
      'Jane Smith',
      'jane@example.com',
      'u1',
      'John Doe',
      'VP of Sales',
      'Acme Corp',
      'c1',
      '+14155552671',
      'outbound',
      'answered',
      'human',
      'Answered - Meeting Set',
      1,
      185,
    ]);
  });

  it('leaves gaps empty', () => {
    const layout = csvLayout({ notes: true }, NY);
    const record = layout.toRecord({ _id: 'x' });
    expect(record[0]).toBe('x');
    expect(record.slice(1).every((value) => value === '')).toBe(true);
  });
});

describe('buildCsvParts', () => {
  it('writes RFC 4180 that reads back to the same values, across chunks', async () => {
    const tricky = [
      'plain',
      'comma, inside',
      'a "quoted" word',
      'two\nlines',
      'crlf\r\nline',
      "O'Brien",
      '',
    ];
    const records = tricky.map((notes, index) => [`id${index}`, notes, index]);
    const parts = await buildCsvParts(Papa.unparse, ['id', 'notes', 'n'], records, {
      chunkRows: 3,
    });
    const text = parts.join('');
    expect(text.startsWith('id,notes,n\r\n')).toBe(true);
    expect(text).toContain('"a ""quoted"" word"');
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['id', 'notes', 'n'],
      ...records.map((record) => record.map(String)),
    ]);
  });

  it('defuses spreadsheet formulas but keeps phone numbers and negatives', async () => {
    const parts = await buildCsvParts(
      Papa.unparse,
      ['v'],
      [['=HYPERLINK("x")'], ['@SUM(A1)'], ['+1 (555) 123-4567'], ['-12'], ['+cmd|calc']],
    );
    const rows = Papa.parse<string[]>(parts.join(''), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((row) => row[0])).toEqual([
      `'=HYPERLINK("x")`,
      "'@SUM(A1)",
      '+1 (555) 123-4567',
      '-12',
      "'+cmd|calc",
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(
      buildCsvParts(Papa.unparse, ['v'], [['a']], { signal: controller.signal }),
    ).rejects.toThrow('cancelled');
  });
});
