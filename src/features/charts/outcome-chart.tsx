import { Pie, PieChart, ResponsiveContainer, Sector } from 'recharts';
import type { PieSectorShapeProps } from 'recharts';
import { memo } from 'react';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import { BucketList } from './bucket-list';
import type { BucketSelection } from './chart-definitions';
import type { BucketCount } from './chart-plan';
import { isBucketActive } from './chart-selection';

export interface OutcomeChartProps {
  outcome: readonly BucketCount[];
  answeredBy: readonly BucketCount[];
  filters: CallLogFilters;
  onSelect: (selection: BucketSelection) => void;
}

interface Slice {
  id: string;
  value: number;
  selection: BucketSelection | null;
  isActive: boolean;
  /** Only fills the ring where it has nothing to split. */
  isSpacer?: boolean;
}

function slicesOf(buckets: readonly BucketCount[], filters: CallLogFilters): Slice[] {
  return buckets.map(({ bucket, value }) => ({
    id: bucket.id,
    value: value ?? 0,
    selection: bucket.selection,
    isActive: bucket.selection !== null && isBucketActive(filters, bucket.selection),
  }));
}

function sliceShape(slices: readonly Slice[]) {
  function SliceShape(props: PieSectorShapeProps) {
    const slice = slices[props.index];
    const modifier = slice?.isSpacer
      ? ' chart-slice--spacer'
      : `${slice?.isActive ? ' chart-slice--active' : ''} chart-slice--${slice?.id ?? ''}`;
    return <Sector {...props} className={`chart-slice${modifier}`} />;
  }
  return SliceShape;
}

/**
 * The two rings alone, drawn again only when what they draw changes: recharts' layout is the
 * costly part of the charts.
 */
// Serves "filter change → complete charts" with the other plots' memo (docs/performance.md, "Mechanisms and what each pays for").
const OutcomePlot = memo(
  function OutcomePlot({
    inner,
    outer,
    onSelect,
  }: {
    inner: readonly Slice[];
    outer: readonly Slice[];
    onSelect: (selection: BucketSelection) => void;
  }) {
    const select = (slices: readonly Slice[], index: number) => {
      const selection = slices[index]?.selection;
      if (selection) onSelect(selection);
    };
    // Called, not a component: recharts wants its Pie elements as the chart's children.
    const ring = (slices: readonly Slice[], innerRadius: string, outerRadius: string) => (
      <Pie
        data={[...slices]}
        dataKey="value"
        nameKey="id"
        startAngle={90}
        endAngle={-270}
        innerRadius={innerRadius}
        outerRadius={outerRadius}
        isAnimationActive={false}
        rootTabIndex={-1}
        cursor="pointer"
        shape={sliceShape(slices)}
        onClick={(_item, index) => {
          select(slices, index);
        }}
      />
    );
    return (
      <ResponsiveContainer width="100%" height={190}>
        <PieChart accessibilityLayer={false}>
          {ring(inner, '38%', '64%')}
          {ring(outer, '68%', '92%')}
        </PieChart>
      </ResponsiveContainer>
    );
  },
  (before, after) =>
    before.onSelect === after.onSelect &&
    JSON.stringify([before.inner, before.outer]) === JSON.stringify([after.inner, after.outer]),
);

/**
 * Outcomes as a ring (answered, no answer, cancelled), with the answered arc split by who answered
 * in an outer ring; the table below is its text alternative.
 */
export function OutcomeChart({ outcome, answeredBy, filters, onSelect }: OutcomeChartProps) {
  const inner = slicesOf(outcome, filters);
  // The outer ring spans the same circle: the split of the answered arc, then spacers that keep
  // it level with the unanswered slices of the inner ring.
  const outer: Slice[] = [
    ...slicesOf(answeredBy, filters),
    ...inner
      .filter((slice) => slice.id !== 'answered')
      .map((slice) => ({ ...slice, id: `${slice.id}-spacer`, selection: null, isSpacer: true })),
  ];
  const [answered, ...unanswered] = outcome;
  const rows = [
    ...(answered ? [answered] : []),
    ...answeredBy.map((row) => ({ ...row, isPart: true })),
    ...unanswered,
  ];

  return (
    <figure className="chart-card">
      <figcaption className="chart-card__title">Outcome</figcaption>
      <div className="chart-card__plot" aria-hidden="true">
        <OutcomePlot inner={inner} outer={outer} onSelect={onSelect} />
      </div>
      <BucketList label="Calls by outcome" rows={rows} filters={filters} onSelect={onSelect} />
    </figure>
  );
}
