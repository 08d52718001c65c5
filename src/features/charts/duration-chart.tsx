import { Bar, BarChart, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import { memo } from 'react';
import { useStableCallback } from '@/lib/use-stable-callback';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import { formatCount } from '@/lib/format/count';
import { BucketList } from './bucket-list';
import type { BucketSelection } from './chart-definitions';
import type { BucketCount } from './chart-plan';
import { isBucketActive } from './chart-selection';

export interface DurationChartProps {
  buckets: readonly BucketCount[];
  filters: CallLogFilters;
  onSelect: (selection: BucketSelection) => void;
}

interface BarDatum {
  label: string;
  value: number;
  isActive: boolean;
}

/**
 * The bars alone: recharts' layout is the costly part of the charts, so it is drawn again only
 * when what it draws changes (a pressed bucket elsewhere in the view leaves it alone).
 */
// Serves "filter change → complete charts" with the other plots' memo: 1127 ms with, 1243 without (docs/performance.md, "Mechanisms and what each pays for").
const DurationPlot = memo(
  function DurationPlot({
    data,
    onSelectIndex,
  }: {
    data: readonly BarDatum[];
    onSelectIndex: (index: number) => void;
  }) {
    return (
      <ResponsiveContainer width="100%" height={190}>
        <BarChart
          data={[...data]}
          accessibilityLayer={false}
          margin={{ top: 18, right: 4, left: 0, bottom: 0 }}
        >
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} tickLine={false} />
          <YAxis
            allowDecimals={false}
            width={44}
            tick={{ fontSize: 11 }}
            tickFormatter={formatCount}
          />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_item, index) => {
              onSelectIndex(index);
            }}
            shape={(props: BarShapeProps) => (
              <Rectangle
                {...props}
                className={
                  data[props.index]?.isActive ? 'chart-bar chart-bar--active' : 'chart-bar'
                }
              />
            )}
          >
            <LabelList dataKey="value" position="top" fontSize={11} formatter={formatLabel} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    );
  },
  (before, after) =>
    before.onSelectIndex === after.onSelectIndex &&
    JSON.stringify(before.data) === JSON.stringify(after.data),
);

/** How long the matching calls lasted, as bars; the table below is its text alternative. */
export function DurationChart({ buckets, filters, onSelect }: DurationChartProps) {
  const data = buckets.map(({ bucket, value }) => ({
    label: bucket.shortLabel ?? bucket.label,
    value: value ?? 0,
    isActive: bucket.selection !== null && isBucketActive(filters, bucket.selection),
  }));
  const select = useStableCallback((index: number) => {
    const selection = buckets[index]?.bucket.selection;
    if (selection) onSelect(selection);
  });
  return (
    <figure className="chart-card">
      <figcaption className="chart-card__title">Call duration</figcaption>
      {/* Drawn for the eye only: the table carries the same numbers and the same actions. */}
      <div className="chart-card__plot" aria-hidden="true">
        <DurationPlot data={data} onSelectIndex={select} />
      </div>
      <BucketList label="Calls by duration" rows={buckets} filters={filters} onSelect={onSelect} />
    </figure>
  );
}

function formatLabel(value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : '';
}
