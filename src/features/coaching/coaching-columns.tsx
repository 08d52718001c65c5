import { createColumnHelper } from '@tanstack/react-table';
import { PlayRecordingCell } from '@/components/player/play-recording-cell';
import {
  ContactCell,
  DispositionCell,
  DurationCell,
  RepCell,
  TimestampCell,
} from '@/components/calls/call-cells';
import type { DataTableFeatures } from '@/components/ui/data-table/data-table-features';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { ReviewToggle } from './review/review-controls';
import { reviewSubject } from './review/review-rows';
import { FacetScoresCell, ObjectionsCell, ScoreBadge } from './score-cells';

const helper = createColumnHelper<DataTableFeatures, ScoredCall>();

// Sortable columns are exactly the API's sort fields (createdAt, updatedAt), with the field name
// as column id; they start newest first.
const SORTABLE = { enableSorting: true, sortDescFirst: true } as const;
const NOT_SORTABLE = { enableSorting: false } as const;

/** The scored-calls table's columns, in display order. Call facts come from `call_log`. */
export const coachingColumns = helper.columns([
  helper.display({
    id: 'recording',
    header: () => <span className="visually-hidden">Recording</span>,
    cell: (info) => {
      const call = info.row.original.call_log;
      return call ? <PlayRecordingCell call={call} /> : null;
    },
    ...NOT_SORTABLE,
    meta: { label: 'Recording', className: 'coaching-table__col-play' },
  }),
  helper.display({
    id: 'review',
    header: () => <span className="visually-hidden">Review</span>,
    cell: (info) => {
      const callId = info.row.original.call_log?._id;
      return callId ? (
        <ReviewToggle callId={callId} subject={reviewSubject(info.row.original)} />
      ) : null;
    },
    ...NOT_SORTABLE,
    meta: { label: 'Review', className: 'coaching-table__col-review' },
  }),
  helper.accessor((record) => record.insight?.total_score, {
    id: 'score',
    ...NOT_SORTABLE,
    header: 'Score',
    cell: (info) => <ScoreBadge score={info.getValue()} />,
    meta: { label: 'Score', className: 'coaching-table__col-score' },
  }),
  helper.accessor((record) => record.call_log?.started_at, {
    id: 'started_at',
    ...NOT_SORTABLE,
    header: 'Start time',
    cell: (info) => <TimestampCell iso={info.getValue()} />,
    meta: { label: 'Start time', isRowHeader: true, className: 'coaching-table__col-time' },
  }),
  helper.accessor((record) => record.call_log?.user ?? record.user, {
    id: 'rep',
    ...NOT_SORTABLE,
    header: 'Rep',
    cell: (info) => <RepCell user={info.getValue()} />,
    meta: { label: 'Rep', className: 'coaching-table__col-rep' },
  }),
  helper.accessor((record) => record.call_log?.contact, {
    id: 'contact',
    ...NOT_SORTABLE,
    header: 'Contact',
    cell: (info) => <ContactCell contact={info.getValue()} />,
    meta: { label: 'Contact', className: 'coaching-table__col-contact' },
  }),
  helper.accessor((record) => record.call_log?.duration, {
    id: 'duration',
    ...NOT_SORTABLE,
    header: 'Duration',
    cell: (info) => <DurationCell seconds={info.getValue()} />,
    meta: { label: 'Duration', align: 'end' },
  }),
  helper.accessor((record) => record.call_log?.disposition, {
    id: 'disposition',
    ...NOT_SORTABLE,
    header: 'Disposition',
    cell: (info) => <DispositionCell disposition={info.getValue()} />,
    meta: { label: 'Disposition', className: 'coaching-table__col-disposition' },
  }),
  helper.accessor((record) => record.insight?.facets, {
    id: 'facets',
    ...NOT_SORTABLE,
    header: 'Facets',
    cell: (info) => <FacetScoresCell facets={info.getValue()} />,
    meta: { label: 'Facet scores', className: 'coaching-table__col-facets' },
  }),
  helper.accessor((record) => record.insight?.metadata?.objections_detected, {
    id: 'objections',
    ...NOT_SORTABLE,
    header: 'Objections',
    cell: (info) => <ObjectionsCell objections={info.getValue()} />,
    meta: { label: 'Objections', className: 'coaching-table__col-objections' },
  }),
  helper.accessor('createdAt', {
    ...SORTABLE,
    header: 'Scored',
    cell: (info) => <TimestampCell iso={info.getValue()} />,
    meta: { label: 'Scored', className: 'coaching-table__col-time' },
  }),
  helper.accessor('updatedAt', {
    ...SORTABLE,
    header: 'Updated',
    cell: (info) => <TimestampCell iso={info.getValue()} />,
    meta: { label: 'Updated', className: 'coaching-table__col-time' },
  }),
]);

export const getScoredCallRowId = (record: ScoredCall): string => record._id;
