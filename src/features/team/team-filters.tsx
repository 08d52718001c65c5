import { useQuery } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useId } from 'react';
import { MultiSelect } from '@/components/ui/multi-select';
import {
  DATE_PRESET_LABELS,
  DATE_PRESETS,
  fromDateInputValue,
  matchPreset,
  resolvePreset,
  toDateInputValue,
} from '@/lib/dates/date-range-presets';
import type { DatePreset } from '@/lib/dates/date-range-presets';
import { dispositionOptions } from '@/lib/reference-data/filter-options';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import type { AnalyticsQuery } from './analytics-api';
import type { TeamView } from './team-view';

interface TeamFiltersProps {
  view: TeamView;
  query: AnalyticsQuery;
  update: (next: TeamView) => void;
  timeZone: string;
  nowMs: number;
}

const isPreset = (value: string): value is DatePreset =>
  DATE_PRESETS.some((preset) => preset === value);

/** Period (a preset or From/To days in the user's zone) and dispositions, all in the URL. */
export function TeamFilters({ view, query, update, timeZone, nowMs }: TeamFiltersProps) {
  const id = useId();
  const dispositions = useQuery(referenceQueries.dispositions());
  const preset = matchPreset(query.start_date, query.end_date, new Date(nowMs), timeZone);

  const onPreset = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    if (!isPreset(value)) return;
    const range = resolvePreset(value, new Date(), timeZone);
    update({ ...view, start_date: range.start, end_date: range.end });
  };
  const onDay = (bound: 'start' | 'end') => (event: ChangeEvent<HTMLInputElement>) => {
    const iso = fromDateInputValue(event.target.value, bound, timeZone);
    if (iso === undefined) return;
    const next = bound === 'start' ? { start_date: iso } : { end_date: iso };
    update({ ...view, start_date: query.start_date, end_date: query.end_date, ...next });
  };

  return (
    <div className="team-filters" role="group" aria-label="Period and dispositions">
      <div className="team-filters__field">
        <label htmlFor={`${id}-preset`}>Period</label>
        <select
          id={`${id}-preset`}
          className="field-input"
          value={preset ?? 'custom'}
          onChange={onPreset}
        >
          {DATE_PRESETS.map((item) => (
            <option key={item} value={item}>
              {DATE_PRESET_LABELS[item]}
            </option>
          ))}
          <option value="custom" disabled>
            Custom range
          </option>
        </select>
      </div>
      <div className="team-filters__field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          className="field-input"
          type="date"
          value={toDateInputValue(query.start_date, 'start', timeZone)}
          onChange={onDay('start')}
        />
      </div>
      <div className="team-filters__field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          className="field-input"
          type="date"
          value={toDateInputValue(query.end_date, 'end', timeZone)}
          onChange={onDay('end')}
        />
      </div>
      <div className="team-filters__field team-filters__field--wide">
        <MultiSelect
          label="Dispositions"
          options={dispositions.data ? dispositionOptions(dispositions.data) : []}
          selected={view.disposition_ids.map(String)}
          onChange={(next) => {
            update({ ...view, disposition_ids: next.map(Number) });
          }}
          searchPlaceholder="Search dispositions…"
          emptyMessage="No dispositions match."
        />
      </div>
      <p className="team-filters__hint muted">Times in {timeZone}</p>
    </div>
  );
}
