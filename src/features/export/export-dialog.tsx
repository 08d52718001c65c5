import * as Dialog from '@radix-ui/react-dialog';
import { describeApiProblem } from '@/lib/describe-api-problem';
import { formatCount } from '@/lib/format/count';
import { ExportIncompleteError } from './run-export';
import type { ExportState } from './use-csv-export';
import './export-dialog.css';

export interface ExportDialogProps {
  state: ExportState;
  onRetry: () => void;
  /** Escape, the overlay, Cancel and Close: a running export stops. */
  onClose: () => void;
}

function failureText(error: unknown): { title: string; detail?: string } {
  if (error instanceof ExportIncompleteError) {
    return { title: 'The export stopped part-way.', detail: error.message };
  }
  const problem = describeApiProblem(error);
  return {
    title: 'The export stopped part-way.',
    detail: [problem.title, problem.detail].filter(Boolean).join(' '),
  };
}

function ExportBody({ state }: { state: ExportState }) {
  switch (state.status) {
    case 'running':
    case 'writing': {
      const { fetched, total } = state.progress;
      const text =
        total === null
          ? 'Counting the calls…'
          : state.status === 'writing'
            ? `Writing ${formatCount(total)} calls to the file…`
            : `${formatCount(fetched)} of ${formatCount(total)} calls fetched`;
      return (
        <>
          <progress
            className="export-dialog__progress"
            aria-label="Export progress"
            max={total ?? undefined}
            value={total === null ? undefined : fetched}
          />
          <p role="status">{text}</p>
        </>
      );
    }
    case 'failed': {
      const { title, detail } = failureText(state.error);
      return (
        <div className="notice notice--error" role="alert">
          <div className="notice__body">
            <p className="notice__title">{title}</p>
            {detail ? <p>{detail}</p> : null}
            <p>No file was saved.</p>
          </div>
        </div>
      );
    }
    case 'done':
      return (
        <p role="status">
          Saved {formatCount(state.rows)} {state.rows === 1 ? 'call' : 'calls'} to{' '}
          <strong>{state.fileName}</strong>.
          {state.dropped > 0
            ? ` ${formatCount(state.dropped)} malformed ${state.dropped === 1 ? 'record' : 'records'} could not be read and are not in the file.`
            : ''}
        </p>
      );
  }
}

/**
 * Shows a started export: progress with Cancel, then the saved file's name, or the failure with
 * Retry. Closing it in any way cancels a running export.
 */
export default function ExportDialog({ state, onRetry, onClose }: ExportDialogProps) {
  const isBusy = state.status === 'running' || state.status === 'writing';
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="export-dialog-overlay" />
        <Dialog.Content className="export-dialog" aria-describedby={undefined}>
          <Dialog.Title className="export-dialog__title">Export CSV</Dialog.Title>
          <ExportBody state={state} />
          <div className="export-dialog__actions">
            {state.status === 'failed' ? (
              <button type="button" className="button button--primary" onClick={onRetry}>
                Retry
              </button>
            ) : null}
            <Dialog.Close asChild>
              <button type="button" className="button">
                {isBusy ? 'Cancel' : 'Close'}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
