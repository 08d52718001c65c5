import type { QueryClient } from '@tanstack/react-query';
import { readStoredColumnVisibility } from '@/components/ui/data-table/column-visibility-storage';
import { CALL_COLUMN_DEFAULTS, CALL_COLUMNS_STORAGE_KEY } from '@/lib/call-log/call-columns';
import { getUserTimeZone } from '@/lib/dates/zoned-date';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import { buildCsvParts } from './csv-build';
import { csvLayout } from './csv-record';
import { exportFileName } from './export-file-name';
import { runExport } from './run-export';
import type { ExportProgress } from './run-export';
import { saveCsvFile } from './save-file';

/** Where a running export is: reading pages, then writing the file. */
export interface ExportStep {
  status: 'running' | 'writing';
  progress: ExportProgress;
}

export interface SavedExport {
  fileName: string;
  rows: number;
  dropped: number;
}

export interface ExportCallsToCsvOptions {
  queryClient: QueryClient;
  query: Pick<CallLogQuery, 'filters' | 'sort'>;
  signal: AbortSignal;
  onStep?: (step: ExportStep) => void;
}

/**
 * One export of `query`: every page, the CSV of the columns the table shows now, and the download.
 * Nothing is saved unless every row arrived; cancelling `signal` stops it at any point.
 */
export async function exportCallsToCsv({
  queryClient,
  query,
  signal,
  onStep,
}: ExportCallsToCsvOptions): Promise<SavedExport> {
  const timeZone = getUserTimeZone();
  // What the table shows now is what the file holds.
  const visibility = readStoredColumnVisibility(CALL_COLUMNS_STORAGE_KEY, CALL_COLUMN_DEFAULTS);
  const layout = csvLayout(visibility, timeZone);

  const [papa, result] = await Promise.all([
    import('papaparse'),
    runExport({
      queryClient,
      query,
      toRecord: layout.toRecord,
      signal,
      onProgress: (progress) => onStep?.({ status: 'running', progress }),
    }),
  ]);
  onStep?.({
    status: 'writing',
    progress: { fetched: result.records.length, total: result.total },
  });
  const parts = await buildCsvParts(papa.unparse, layout.header, result.records, { signal });
  signal.throwIfAborted();
  const fileName = exportFileName(query.filters, timeZone);
  saveCsvFile(parts, fileName);
  return { fileName, rows: result.records.length, dropped: result.dropped };
}
