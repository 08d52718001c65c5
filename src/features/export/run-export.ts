import { fetchCallPage } from '@/features/calls/api/call-log';
import type { CallPage } from '@/features/calls/api/call-log';
import type { Call } from '@/features/calls/api/call-schema';
import type { CallLogQuery } from '@/features/calls/url-state/call-log-query';
import { retryDelayMs, shouldRetryQuery } from '@/lib/query-client';
import type { CsvValue } from './csv-record';
import { EXPORT_PAGE_LIMIT, clampProgress, remainingPages } from './export-plan';

export interface ExportProgress {
  fetched: number;
  /** Unknown until the first page has answered. */
  total: number | null;
}

export interface ExportResult {
  records: CsvValue[][];
  total: number;
  /** Records the service sent that could not be read (no `_id`, repeated, not an object). */
  dropped: number;
}

/** The set changed or came back short while it was read: the file would not be the filtered set. */
export class ExportIncompleteError extends Error {
  override readonly name = 'ExportIncompleteError';
}

const changedUnderfoot = () =>
  new ExportIncompleteError(
    'The calls changed while they were being exported, so the file would not match the filters.',
  );

export interface RunExportOptions {
  /** What to export: the view's filters and sort; paging is the export's own. */
  query: Pick<CallLogQuery, 'filters' | 'sort'>;
  toRecord: (call: Call) => CsvValue[];
  signal: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  fetchPage?: (query: CallLogQuery, signal: AbortSignal) => Promise<CallPage>;
  /**
   * Pages of this export in flight at once. They also queue in the app-wide request limit; two
   * keep the export fast without making the table's own requests wait behind a long queue.
   */
  pagesInFlight?: number;
  limit?: number;
  /** Injectable for tests: waits `ms` or rejects with the signal's reason. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the caller's own reason, untouched
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Reads every page of the filtered set (`limit=100`) and maps each call to its CSV record as it
 * arrives, so the raw calls (with their transcripts) never pile up. Page 1 first, for the total;
 * then the rest, a few at a time, each retried as the app's queries are (same policy, same
 * delays). All or nothing: it resolves with every record, or throws — the first failure that
 * retries could not fix, an ExportIncompleteError when the set changed underfoot, or the signal's
 * reason once cancelled; in-flight requests are cancelled either way and queued ones never sent.
 */
export async function runExport(options: RunExportOptions): Promise<ExportResult> {
  const {
    query,
    toRecord,
    signal,
    onProgress,
    fetchPage = fetchCallPage,
    pagesInFlight = 2,
    limit = EXPORT_PAGE_LIMIT,
    sleep = abortableSleep,
  } = options;
  // One failed page stops the others at once.
  const controller = new AbortController();
  const stop = () => {
    controller.abort(signal.reason);
  };
  signal.addEventListener('abort', stop, { once: true });
  const innerSignal = controller.signal;

  const readPage = async (page: number): Promise<CallPage> => {
    for (let failures = 0; ; failures++) {
      try {
        return await fetchPage({ ...query, page, limit }, innerSignal);
      } catch (error) {
        if (innerSignal.aborted) throw innerSignal.reason;
        if (!shouldRetryQuery(failures, error)) throw error;
        await sleep(retryDelayMs(failures, error), innerSignal);
      }
    }
  };

  try {
    onProgress?.({ fetched: 0, total: null });
    const first = await readPage(1);
    const total = first.total ?? 0;
    const pages = remainingPages(total, limit);
    const recordsByPage: CsvValue[][][] = [];
    let fetched = 0;
    let dropped = 0;
    const seen = new Set<string>();

    const accept = (result: CallPage, page: number) => {
      const expected = Math.min(limit, total - (page - 1) * limit);
      const received = result.rows.length + result.droppedRows;
      if (result.total !== total || received < expected) throw changedUnderfoot();
      for (const call of result.rows) {
        // A call on two pages means the set moved between requests, and another one was skipped.
        if (seen.has(call._id)) throw changedUnderfoot();
        seen.add(call._id);
      }
      recordsByPage[page - 1] = result.rows.map(toRecord);
      fetched += received;
      dropped += result.droppedRows;
      onProgress?.({ fetched: clampProgress(fetched, total), total });
    };
    if (first.total === null && first.next !== null) {
      throw new ExportIncompleteError('The service did not say how many calls match the filters.');
    }
    accept(first, 1);

    let nextIndex = 0;
    const worker = async () => {
      while (nextIndex < pages.length) {
        const page = pages[nextIndex++] as number;
        accept(await readPage(page), page);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(pagesInFlight, pages.length) }, () =>
        worker().catch((error: unknown) => {
          controller.abort(error);
          throw error;
        }),
      ),
    );
    signal.throwIfAborted();

    const records = recordsByPage.flat();
    return { records, total, dropped };
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
