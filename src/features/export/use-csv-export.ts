import { useEffect, useState } from 'react';
import {
  CALL_COLUMN_DEFAULTS,
  CALL_COLUMNS_STORAGE_KEY,
} from '@/features/calls/table/calls-columns';
import type { CallLogQuery } from '@/features/calls/url-state/call-log-query';
import { getUserTimeZone } from '@/lib/dates/zoned-date';
import { readStoredColumnVisibility } from '@/components/ui/data-table/column-visibility-storage';
import { buildCsvParts } from './csv-build';
import { csvLayout } from './csv-record';
import { exportFileName } from './export-file-name';
import { runExport } from './run-export';
import type { ExportProgress } from './run-export';
import { saveCsvFile } from './save-file';

export type ExportState =
  | { status: 'running'; progress: ExportProgress }
  | { status: 'writing'; progress: ExportProgress }
  | { status: 'failed'; error: unknown }
  | { status: 'done'; fileName: string; rows: number; dropped: number };

const STARTING: ExportState = { status: 'running', progress: { fetched: 0, total: null } };

/**
 * Runs one export of `query` while mounted: fetch every page, write the CSV, save it. Unmounting
 * (Cancel, Escape, closing the dialog) aborts it, and nothing is saved unless every row arrived.
 * `retry` starts it again from the first page.
 */
export function useCsvExport(query: Pick<CallLogQuery, 'filters' | 'sort'>) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ExportState>(STARTING);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const timeZone = getUserTimeZone();
    // What the table shows now is what the file holds.
    const visibility = readStoredColumnVisibility(CALL_COLUMNS_STORAGE_KEY, CALL_COLUMN_DEFAULTS);
    const layout = csvLayout(visibility, timeZone);

    const run = async () => {
      const [papa, result] = await Promise.all([
        import('papaparse'),
        runExport({
          query,
          toRecord: layout.toRecord,
          signal,
          onProgress: (progress) => {
            setState({ status: 'running', progress });
          },
        }),
      ]);
      setState({
        status: 'writing',
        progress: { fetched: result.records.length, total: result.total },
      });
      const parts = await buildCsvParts(papa.unparse, layout.header, result.records, { signal });
      const fileName = exportFileName(query.filters, timeZone);
      saveCsvFile(parts, fileName);
      setState({
        status: 'done',
        fileName,
        rows: result.records.length,
        dropped: result.dropped,
      });
    };
    run().catch((error: unknown) => {
      if (!signal.aborted) setState({ status: 'failed', error });
    });
    return () => {
      controller.abort(new DOMException('The export was cancelled', 'AbortError'));
    };
  }, [query, attempt]);

  const retry = () => {
    setState(STARTING);
    setAttempt((count) => count + 1);
  };
  return { state, retry };
}
