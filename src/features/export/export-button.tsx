import { lazy, Suspense } from 'react';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { loadCsvExporter, useCsvExport } from './use-csv-export';

// The dialog stays out of the entry chunk until asked for, like the exporter it shows.
const loadExportDialog = () => import('./export-dialog');
const ExportDialog = lazy(loadExportDialog);

function preload() {
  void loadExportDialog();
  void loadCsvExporter();
}

/** "Export CSV": every call the current filters select, in the current sort, as a file. */
export function ExportButton() {
  const { query } = useCallsView();
  const csvExport = useCsvExport();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          csvExport.start(query);
        }}
      >
        Export CSV
      </button>
      {csvExport.state ? (
        <Suspense fallback={null}>
          <ExportDialog
            state={csvExport.state}
            onRetry={csvExport.retry}
            onClose={csvExport.close}
          />
        </Suspense>
      ) : null}
    </>
  );
}
