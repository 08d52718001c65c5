import { createColumnHelper } from '@tanstack/react-table';
import type { DataTableFeatures } from '@/components/ui/data-table/data-table-features';
import { PlayRecordingCell } from '@/components/player/play-recording-cell';
import type { Call } from '@/lib/call-log/call-schema';
import {
  AnsweredByCell,
  ContactCell,
  DirectionCell,
  DispositionCell,
  DurationCell,
  NotesCell,
  OutcomeCell,
  PhoneCell,
  RepCell,
  TimestampCell,
} from '@/components/calls/call-cells';

const helper = createColumnHelper<DataTableFeatures, Call>();

// Sortable columns are exactly the API's sort fields, with their field name as column id (see
// `calls-table-state.ts`); they start newest/longest first, as a manager scanning calls expects.
const SORTABLE = { enableSorting: true, sortDescFirst: true } as const;
const NOT_SORTABLE = { enableSorting: false } as const;

/**
 * The call table's columns, in display order. To add one (an actions column with a play button,
 * say) append a `helper.display({ id: 'actions', … })`: rows, keyboard and paging need no change.
 */
export const callColumns = helper.columns([
  helper.display({
    id: 'recording',
    header: () => <span className="visually-hidden">Recording</span>,
    cell: (info) => <PlayRecordingCell call={info.row.original} />,
    enableSorting: false,
    enableHiding: false,
    meta: { label: 'Recording', className: 'calls-table__col-play' },
  }),
  helper.accessor('started_at', {
    ...SORTABLE,
    header: 'Start time',
    cell: (info) => <TimestampCell iso={info.getValue()} />,
    // The cell that names the row can never be hidden.
    enableHiding: false,
    meta: { label: 'Start time', isRowHeader: true, className: 'calls-table__col-time' },
  }),
  helper.accessor('ended_at', {
    ...SORTABLE,
    header: 'Ended',
    cell: (info) => <TimestampCell iso={info.getValue()} />,
    meta: { label: 'Ended', className: 'calls-table__col-time' },
  }),
  helper.accessor('user', {
    ...NOT_SORTABLE,
    id: 'rep',
    header: 'Rep',
    cell: (info) => <RepCell user={info.getValue()} />,
    meta: { label: 'Rep', className: 'calls-table__col-rep' },
  }),
  helper.accessor('contact', {
    ...NOT_SORTABLE,
    header: 'Contact',
    cell: (info) => <ContactCell contact={info.getValue()} />,
    meta: { label: 'Contact', className: 'calls-table__col-contact' },
  }),
  helper.accessor('to', {
    ...NOT_SORTABLE,
    header: 'To',
    cell: (info) => <PhoneCell raw={info.getValue()} />,
    meta: { label: 'To', className: 'calls-table__col-phone' },
  }),
  helper.accessor('from', {
    ...NOT_SORTABLE,
    header: 'From',
    cell: (info) => <PhoneCell raw={info.getValue()} />,
    meta: { label: 'From', className: 'calls-table__col-phone' },
  }),
  helper.accessor('direction', {
    ...NOT_SORTABLE,
    header: 'Direction',
    cell: (info) => <DirectionCell value={info.getValue()} />,
    meta: { label: 'Direction' },
  }),
  helper.accessor('outcome', {
    ...NOT_SORTABLE,
    header: 'Outcome',
    cell: (info) => <OutcomeCell value={info.getValue()} />,
    meta: { label: 'Outcome' },
  }),
  helper.accessor('answered_by', {
    ...NOT_SORTABLE,
    header: 'Answered by',
    cell: (info) => <AnsweredByCell value={info.getValue()} />,
    meta: { label: 'Answered by' },
  }),
  helper.accessor('disposition', {
    ...NOT_SORTABLE,
    header: 'Disposition',
    cell: (info) => <DispositionCell disposition={info.getValue()} />,
    meta: { label: 'Disposition', className: 'calls-table__col-disposition' },
  }),
  helper.accessor('duration', {
    ...SORTABLE,
    header: 'Duration',
    cell: (info) => <DurationCell seconds={info.getValue()} />,
    meta: { label: 'Duration', align: 'end' },
  }),
  helper.accessor('notes', {
    ...NOT_SORTABLE,
    header: 'Notes',
    // Rows are reused across pages: an expanded note belongs to its call, not to the position.
    cell: (info) => <NotesCell key={info.row.id} notes={info.getValue()} />,
    meta: { label: 'Notes', className: 'calls-table__col-notes' },
  }),
  helper.accessor('createdAt', {
    ...SORTABLE,
    header: 'Logged',
    cell: (info) => <TimestampCell iso={info.getValue()} />,
    meta: { label: 'Logged', className: 'calls-table__col-time' },
  }),
]);

export const getCallRowId = (call: Call): string => call._id;
