import { describe, expect, test } from 'vitest';
import { CALL_COLUMN_IDS } from '@/lib/call-log/call-columns';
import { callColumns } from './calls-columns';

describe('callColumns', () => {
  test('are the call log’s columns in their shared order, which the CSV export follows', () => {
    const ids = callColumns.map((column) =>
      'accessorKey' in column && column.id === undefined ? String(column.accessorKey) : column.id,
    );
    expect(ids).toEqual([...CALL_COLUMN_IDS]);
  });
});
