import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name';

const NY = 'America/New_York';

describe('exportFileName', () => {
  it('names the local days the range covers', () => {
    expect(
      exportFileName(
        { start_date: '2024-01-01T05:00:00.000Z', end_date: '2024-02-01T04:59:59.999Z' },
        NY,
      ),
    ).toBe('calls_2024-01-01_to_2024-01-31.csv');
  });

  it('names a single day once', () => {
    expect(
      exportFileName(
        { start_date: '2024-03-09T05:00:00.000Z', end_date: '2024-03-10T03:59:59.999Z' },
        NY,
      ),
    ).toBe('calls_2024-03-09.csv');
  });

  it('keeps bare dates as written', () => {
    expect(exportFileName({ start_date: '2024-01-01', end_date: '2024-01-31' }, NY)).toBe(
      'calls_2024-01-01_to_2024-01-31.csv',
    );
  });

  it('says when the range is open or absent', () => {
    expect(exportFileName({ start_date: '2024-01-01' }, NY)).toBe('calls_since_2024-01-01.csv');
    expect(exportFileName({ end_date: '2024-01-31' }, NY)).toBe('calls_until_2024-01-31.csv');
    expect(exportFileName({}, NY)).toBe('calls_all-time.csv');
    expect(exportFileName({ start_date: 'garbage' }, NY)).toBe('calls_all-time.csv');
  });
});
