import { Bar, BarChart, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import { memo } from 'react';
import { formatCount } from '@/lib/format/count';
import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';
import { useStableCallback } from '@/lib/use-stable-callback';
import { BandList } from './band-list';
import { bandSelection, isBandActive } from './score-bands';
import type { ScoreRange } from './score-bands';
import type { BandCount } from './summary-plan';

export interface ScoreBandChartProps {
  bands: readonly BandCount[];
  filters: ScoredCallFilters;
  onSelectBand: (range: ScoreRange) => void;
}

interface BarDatum {
  label: string;
  value: number;
  isActive: boolean;
  /** The band is in the score filter's range, so a click filters to it. */
  isSelectable: boolean;
}

/** The bars alone, drawn again only when what they draw changes (recharts' layout is the cost). */
const BandPlot = memo(
  function BandPlot({
    data,
    onSelectIndex,
  }: {
    data: readonly BarDatum[];
    onSelectIndex: (index: number) => void;
  }) {
    return (
      <ResponsiveContainer width="100%" height={180}>
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
            onClick={(_item, index) => {
              onSelectIndex(index);
            }}
            shape={(props: BarShapeProps) => {
              const datum = data[props.index];
              return (
                <Rectangle
                  {...props}
                  cursor={datum?.isSelectable ? 'pointer' : 'default'}
                  className={
                    datum?.isActive ? 'score-band-bar score-band-bar--active' : 'score-band-bar'
                  }
                />
              );
            }}
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

/** How the matching calls score, by 10-point band: bars for the eye, and the list beside them. */
export function ScoreBandChart({ bands, filters, onSelectBand }: ScoreBandChartProps) {
  const data = bands.map(({ band, count }) => ({
    label: band.label,
    value: typeof count === 'number' ? count : 0,
    isActive: isBandActive(filters, band),
    isSelectable: bandSelection(filters, band) !== null,
  }));
  const select = useStableCallback((index: number) => {
    const band = bands[index]?.band;
    const selection = band && bandSelection(filters, band);
    if (selection) onSelectBand(selection);
  });
  return (
    <figure className="coaching-summary__card">
      <figcaption className="coaching-summary__title">Score distribution</figcaption>
      {/* Drawn for the eye only: the list carries the same numbers and the same actions. */}
      <div className="coaching-summary__plot" aria-hidden="true">
        <BandPlot data={data} onSelectIndex={select} />
      </div>
      <BandList bands={bands} filters={filters} onSelectBand={onSelectBand} />
    </figure>
  );
}

function formatLabel(value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : '';
}
