import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { CallLogQuery } from '@/lib/call-log/call-log-query';
import type { ExportStep, SavedExport } from './export-calls-to-csv';

export type ExportState =
  ExportStep | { status: 'failed'; error: unknown } | ({ status: 'done' } & SavedExport);

type ExportQuery = Pick<CallLogQuery, 'filters' | 'sort'>;

interface ExportRequest {
  query: ExportQuery;
  signal: AbortSignal;
}

const STARTING: ExportStep = { status: 'running', progress: { fetched: 0, total: null } };

// The runner, the CSV writer and papaparse stay out of the entry chunk until an export starts.
export const loadCsvExporter = () => import('./export-calls-to-csv');

const cancelled = () => new DOMException('The export was cancelled', 'AbortError');

/**
 * The CSV export as an action: `start` runs one export of `query` (a mutation whose pages are the
 * table's page queries), `retry` runs the last one again from the first page, `close` cancels
 * whatever is still running and forgets the result. `state` is null until started and after close.
 */
export function useCsvExport() {
  const [step, setStep] = useState<ExportStep>(STARTING);
  const running = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ query, signal }: ExportRequest, { client }) => {
      const { exportCallsToCsv } = await loadCsvExporter();
      return exportCallsToCsv({
        queryClient: client,
        query,
        signal,
        onStep: (next) => {
          if (!signal.aborted) setStep(next);
        },
      });
    },
  });
  const { mutate, reset, variables } = mutation;

  const close = () => {
    running.current?.abort(cancelled());
    running.current = null;
    reset();
  };
  const start = (query: ExportQuery) => {
    close();
    const controller = new AbortController();
    running.current = controller;
    setStep(STARTING);
    mutate({ query, signal: controller.signal });
  };
  const retry = () => {
    if (variables) start(variables.query);
  };

  // Leaving the page cancels a running export too: a mutation outlives its component.
  useEffect(
    () => () => {
      running.current?.abort(cancelled());
    },
    [],
  );

  let state: ExportState | null = null;
  if (mutation.isPending) state = step;
  else if (mutation.isError) state = { status: 'failed', error: mutation.error };
  else if (mutation.isSuccess) state = { status: 'done', ...mutation.data };
  return { state, start, retry, close };
}
