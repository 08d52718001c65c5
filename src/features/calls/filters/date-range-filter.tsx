import type { ChangeEvent } from 'react';
import { useId, useState } from 'react';
import type { DateBound, DatePreset } from '@/lib/dates/date-range-presets';
import {
  DATE_PRESET_LABELS,
  DATE_PRESETS,
  fromDateInputValue,
  matchPreset,
  resolvePreset,
  toDateInputValue,
} from '@/lib/dates/date-range-presets';
import { useNowMinute } from '@/lib/dates/use-now';
import { getUserTimeZone } from '@/lib/dates/zoned-date';
import { withFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { formatDateRange } from './filter-chips';
import { useDraft } from '@/lib/use-draft';

type DateChoice = DatePreset | 'any' | 'custom';

const CHOICE_LABELS: Record<DateChoice, string> = {
  any: 'Any time',
  ...DATE_PRESET_LABELS,
  custom: 'Custom range',
};

const CHOICES: readonly DateChoice[] = ['any', ...DATE_PRESETS, 'custom'];

const isDateChoice = (value: string): value is DateChoice =>
  CHOICES.some((choice) => choice === value);

/**
 * The date range, chosen as whole days in the user's time zone (shown under the field) and
 * written to the URL as exact UTC instants. The menu shows the preset the URL's range equals
 * today, "Custom range" (with From/To date inputs) for any other.
 */
export function DateRangeFilter() {
  const { view, update } = useCallsView();
  const timeZone = getUserTimeZone();
  const nowMs = useNowMinute();
  const now = new Date(nowMs);
  const { start_date: start, end_date: end } = view.filters;
  // Only "Custom range" with no dates yet, or one that happens to equal a preset, needs
  // remembering: everything else is read from the URL.
  const [isCustomChosen, setIsCustomChosen] = useState(false);
  const id = useId();

  const matched: DateChoice =
    start === undefined && end === undefined
      ? 'any'
      : (matchPreset(start, end, now, timeZone) ?? 'custom');
  const choice = isCustomChosen ? 'custom' : matched;
  const summary =
    start === undefined && end === undefined ? '' : formatDateRange(start, end, timeZone, now);

  const setRange = (range: { start_date?: string; end_date?: string }) => {
    update((current) => withFilters(current, range));
  };

  const onChoose = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (!isDateChoice(next)) return;
    setIsCustomChosen(next === 'custom');
    if (next === 'custom') return;
    if (next === 'any') {
      setRange({ start_date: undefined, end_date: undefined });
      return;
    }
    const range = resolvePreset(next, new Date(), timeZone);
    setRange({ start_date: range.start, end_date: range.end });
  };

  return (
    <div className="filter-field">
      <label className="filter-field__label" htmlFor={`${id}-choice`}>
        Date range
      </label>
      <select
        id={`${id}-choice`}
        className="field-input"
        value={choice}
        aria-describedby={`${id}-zone`}
        onChange={onChoose}
      >
        {CHOICES.map((item) => (
          <option key={item} value={item}>
            {CHOICE_LABELS[item]}
          </option>
        ))}
      </select>
      {choice === 'custom' ? (
        <CustomRange
          start={start}
          end={end}
          timeZone={timeZone}
          onChange={(bound, iso) => {
            setRange(bound === 'start' ? { start_date: iso } : { end_date: iso });
          }}
        />
      ) : null}
      <p id={`${id}-zone`} className="field-hint">
        {summary ? `${summary} · ` : ''}Times in {timeZone}
      </p>
    </div>
  );
}

interface CustomRangeProps {
  start: string | undefined;
  end: string | undefined;
  timeZone: string;
  /** `iso` undefined removes that bound. */
  onChange: (bound: DateBound, iso: string | undefined) => void;
}

/** From and To as native date inputs; each day picked becomes its local start or end. */
function CustomRange({ start, end, timeZone, onChange }: CustomRangeProps) {
  const [from, setFrom] = useDraft(toDateInputValue(start, 'start', timeZone));
  const [to, setTo] = useDraft(toDateInputValue(end, 'end', timeZone));
  const [problem, setProblem] = useState<{ from: string; to: string; message: string }>();
  const id = useId();
  // A message belongs to the dates it was about: edit either and it goes.
  const message = problem?.from === from && problem.to === to ? problem.message : '';

  const onInput = (bound: DateBound) => (event: ChangeEvent<HTMLInputElement>) => {
    const { value, validity } = event.target;
    const nextFrom = bound === 'start' ? value : from;
    const nextTo = bound === 'end' ? value : to;
    (bound === 'start' ? setFrom : setTo)(value);
    if (value === '') {
      // Empty with `badInput` is a date still being typed; without it, the field was cleared.
      if (!validity.badInput) onChange(bound, undefined);
      return;
    }
    const iso = fromDateInputValue(value, bound, timeZone);
    // Half-typed years (0002, 0020…) wait for the rest.
    if (iso === undefined) return;
    if (nextFrom !== '' && nextTo !== '' && nextFrom > nextTo) {
      setProblem({ from: nextFrom, to: nextTo, message: 'From must be on or before To.' });
      return;
    }
    onChange(bound, iso);
  };

  return (
    <div className="date-range-filter__custom">
      <div className="date-range-filter__bound">
        <label className="filter-field__sublabel" htmlFor={`${id}-from`}>
          From
        </label>
        <input
          id={`${id}-from`}
          className="field-input"
          type="date"
          value={from}
          max={to || undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={onInput('start')}
        />
      </div>
      <div className="date-range-filter__bound">
        <label className="filter-field__sublabel" htmlFor={`${id}-to`}>
          To
        </label>
        <input
          id={`${id}-to`}
          className="field-input"
          type="date"
          value={to}
          min={from || undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={onInput('end')}
        />
      </div>
      <p id={`${id}-message`} className="field-message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
