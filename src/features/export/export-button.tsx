import { lazy, Suspense, useState } from 'react';
import { useCallsView } from '@/features/calls/url-state/use-calls-view';

// The dialog, the export runner and papaparse stay out of the entry chunk until asked for.
const loadExportDialog = () => import('./export-dialog');
const ExportDialog = lazy(loadExportDialog);

/** "Export CSV": every call the current filters select, in the current sort, as a file. */
export function ExportButton() {
  const { query } = useCallsView();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onPointerEnter={() => void loadExportDialog()}
        onFocus={() => void loadExportDialog()}
        onClick={() => {
          setIsOpen(true);
        }}
      >
        Export CSV
      </button>
      {isOpen ? (
        <Suspense fallback={null}>
          <ExportDialog
            query={query}
            onClose={() => {
              setIsOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
