import { formatCount } from '@/lib/format/count';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import type { BucketSelection } from './chart-definitions';
import type { BucketCount } from './chart-plan';
import { isBucketActive } from './chart-selection';

export interface BucketRow extends BucketCount {
  /** Drawn indented, as a part of the row above it. */
  isPart?: boolean;
}

export interface BucketListProps {
  /** The list's accessible name, e.g. "Calls by duration". */
  label: string;
  rows: readonly BucketRow[];
  filters: CallLogFilters;
  onSelect: (selection: BucketSelection) => void;
}

/**
 * A chart's text alternative: each bucket with its count, and a toggle button that applies its
 * filter, so everything the chart does works from the keyboard and a screen reader too. A list
 * rather than a table, so the page keeps one data table: the calls.
 */
export function BucketList({ label, rows, filters, onSelect }: BucketListProps) {
  return (
    <ul className="bucket-list" aria-label={label}>
      {rows.map(({ bucket, value, isPart }) => {
        const { selection } = bucket;
        const isActive = selection !== null && isBucketActive(filters, selection);
        const modifiers = `${isPart ? ' bucket-list__item--part' : ''}${isActive ? ' bucket-list__item--active' : ''}`;
        return (
          <li key={bucket.id} className={`bucket-list__item${modifiers}`}>
            {selection ? (
              <button
                type="button"
                className="bucket-list__toggle"
                aria-pressed={isActive}
                title={isActive ? 'Remove this filter' : 'Show only these calls'}
                onClick={() => {
                  onSelect(selection);
                }}
              >
                {bucket.label}
              </button>
            ) : (
              <span className="bucket-list__label">{bucket.label}</span>
            )}
            <span className="visually-hidden">: </span>
            <span className="bucket-list__count">
              {value === undefined ? '…' : formatCount(value)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
