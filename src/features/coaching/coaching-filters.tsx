import { useQuery } from '@tanstack/react-query';
import type { ChangeEvent, FocusEvent, KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import type { CoachingView } from '@/lib/coaching-view/coaching-view';
import { needsReviewView, withScoredFilters } from '@/lib/coaching-view/coaching-view-updates';
import type { CoachingViewState } from '@/lib/coaching-view/use-coaching-view';
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
import { repOptions } from '@/lib/reference-data/filter-options';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import { useDraft } from '@/lib/use-draft';
import { isScoreChoiceOn, readScoreInput, SCORE_CHOICES, scoreRangeProblem } from './score-display';

interface CoachingFiltersProps {
  view: CoachingView;
  update: CoachingViewState['update'];
  /** A rep sees only their own calls: no rep filter. */
  isOwnCallsOnly: boolean;
}

/**
 * Period, rep and score range, each written to the URL as the API's own parameters. Every change
 * is a deliberate step (a choice, Enter, leaving a field), so each pushes a history entry and
 * goes back to page 1.
 */
export function CoachingFilters({ view, update, isOwnCallsOnly }: CoachingFiltersProps) {
  const timeZone = getUserTimeZone();
  const set = (patch: Parameters<typeof withScoredFilters>[1]) => {
    update((current) => withScoredFilters(current, patch));
  };
  return (
    <div className="coaching-filters" role="group" aria-label="Filters">
      <DateRangeFields view={view} timeZone={timeZone} onChange={set} />
      {isOwnCallsOnly ? null : (
        <RepField
          userId={view.user_id}
          onChange={(userId) => {
            set({ user_id: userId });
          }}
        />
      )}
      <ScoreRangeFields view={view} onChange={set} />
      <div className="coaching-filters__field coaching-filters__field--actions">
        <button
          type="button"
          className="button"
          aria-describedby="coaching-needs-review-hint"
          onClick={() => {
            update((current) => needsReviewView(current, new Date(), timeZone));
          }}
        >
          Needs review
        </button>
        <span id="coaching-needs-review-hint" className="field-hint">
          Last 7 days, score 50 or less
        </span>
      </div>
    </div>
  );
}

type DateChoice = DatePreset | 'any' | 'custom';
const DATE_CHOICES: readonly DateChoice[] = ['any', ...DATE_PRESETS, 'custom'];
const DATE_CHOICE_LABELS: Record<DateChoice, string> = {
  any: 'Any time',
  ...DATE_PRESET_LABELS,
  custom: 'Custom range',
};
const isDateChoice = (value: string): value is DateChoice =>
  DATE_CHOICES.some((choice) => choice === value);

/** A preset or From/To days in the user's zone, written as the exact instants the presets write. */
function DateRangeFields({
  view,
  timeZone,
  onChange,
}: {
  view: CoachingView;
  timeZone: string;
  onChange: (range: { start_date?: string; end_date?: string }) => void;
}) {
  const id = useId();
  const nowMs = useNowMinute();
  const [problem, setProblem] = useState<string>();
  const { start_date: start, end_date: end } = view;
  const choice: DateChoice =
    start === undefined && end === undefined
      ? 'any'
      : (matchPreset(start, end, new Date(nowMs), timeZone) ?? 'custom');

  const onChoose = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (!isDateChoice(next) || next === 'custom') return;
    setProblem(undefined);
    if (next === 'any') {
      onChange({ start_date: undefined, end_date: undefined });
      return;
    }
    const range = resolvePreset(next, new Date(), timeZone);
    onChange({ start_date: range.start, end_date: range.end });
  };

  const onDay = (bound: DateBound) => (event: ChangeEvent<HTMLInputElement>) => {
    const { value, validity } = event.target;
    if (value === '') {
      // Empty with `badInput` is a date still being typed; without it, the field was cleared.
      if (!validity.badInput)
        onChange(bound === 'start' ? { start_date: undefined } : { end_date: undefined });
      return;
    }
    const iso = fromDateInputValue(value, bound, timeZone);
    if (iso === undefined) return;
    const from = bound === 'start' ? value : toDateInputValue(start, 'start', timeZone);
    const to = bound === 'end' ? value : toDateInputValue(end, 'end', timeZone);
    if (from !== '' && to !== '' && from > to) {
      setProblem('From must be on or before To.');
      return;
    }
    setProblem(undefined);
    onChange(bound === 'start' ? { start_date: iso } : { end_date: iso });
  };

  return (
    <fieldset className="coaching-filters__fieldset" aria-describedby={`${id}-zone`}>
      <legend className="coaching-filters__legend">Scored</legend>
      <div className="coaching-filters__row">
        <div className="coaching-filters__field">
          <label htmlFor={`${id}-preset`}>Period</label>
          <select id={`${id}-preset`} className="field-input" value={choice} onChange={onChoose}>
            {DATE_CHOICES.map((item) => (
              <option key={item} value={item} disabled={item === 'custom'}>
                {DATE_CHOICE_LABELS[item]}
              </option>
            ))}
          </select>
        </div>
        <div className="coaching-filters__field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            className="field-input"
            type="date"
            value={toDateInputValue(start, 'start', timeZone)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-message`}
            onChange={onDay('start')}
          />
        </div>
        <div className="coaching-filters__field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            className="field-input"
            type="date"
            value={toDateInputValue(end, 'end', timeZone)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-message`}
            onChange={onDay('end')}
          />
        </div>
      </div>
      <p id={`${id}-message`} className="field-message" aria-live="polite">
        {problem}
      </p>
      <p id={`${id}-zone`} className="field-hint">
        Days in {timeZone}
      </p>
    </fieldset>
  );
}

/** One rep or all of them, from the team list; a rep the list lacks is still shown as chosen. */
function RepField({
  userId,
  onChange,
}: {
  userId: string | undefined;
  onChange: (userId: string | undefined) => void;
}) {
  const id = useId();
  const team = useQuery(referenceQueries.team());
  const options = team.data ? repOptions(team.data.reps) : [];
  const isKnown = userId === undefined || options.some((option) => option.value === userId);
  return (
    <div className="coaching-filters__field">
      <label htmlFor={`${id}-rep`}>Rep</label>
      <select
        id={`${id}-rep`}
        className="field-input"
        value={userId ?? ''}
        onChange={(event) => {
          onChange(event.target.value === '' ? undefined : event.target.value);
        }}
      >
        <option value="">All reps</option>
        {isKnown ? null : <option value={userId}>{`Rep ${userId}`}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {team.isError ? <p className="field-message">The team list could not be loaded.</p> : null}
    </div>
  );
}

/** Minimum and maximum score, typed (committed on Enter or leaving the field) or picked. */
function ScoreRangeFields({
  view,
  onChange,
}: {
  view: CoachingView;
  onChange: (range: { min_score?: number; max_score?: number }) => void;
}) {
  const { min_score: min, max_score: max } = view;
  return (
    <fieldset className="coaching-filters__fieldset">
      <legend className="coaching-filters__legend">Score</legend>
      <div className="coaching-filters__row">
        <ScoreField
          label="Min score"
          value={min}
          check={(value) => scoreRangeProblem(value, max)}
          onCommit={(value) => {
            onChange({ min_score: value });
          }}
        />
        <ScoreField
          label="Max score"
          value={max}
          check={(value) => scoreRangeProblem(min, value)}
          onCommit={(value) => {
            onChange({ max_score: value });
          }}
        />
        <div className="coaching-filters__choices" role="group" aria-label="Score ranges">
          <button
            type="button"
            className="button button--small"
            aria-pressed={min === undefined && max === undefined}
            onClick={() => {
              onChange({ min_score: undefined, max_score: undefined });
            }}
          >
            Any score
          </button>
          {SCORE_CHOICES.map((choice) => (
            <button
              key={choice.label}
              type="button"
              className="button button--small"
              aria-pressed={isScoreChoiceOn(choice, view)}
              onClick={() => {
                onChange(choice.range);
              }}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </fieldset>
  );
}

const NOT_A_SCORE = 'Enter a whole number from 0 to 100.';

function ScoreField({
  label,
  value,
  check,
  onCommit,
}: {
  label: string;
  value: number | undefined;
  check: (value: number | undefined) => string | undefined;
  onCommit: (value: number | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useDraft(value === undefined ? '' : String(value));
  const [problem, setProblem] = useState<{ text: string; message: string }>();
  // A message belongs to the text it was about: typing again hides it.
  const message = problem?.text === text ? problem.message : '';

  const commit = (input: HTMLInputElement) => {
    // A number input reports unreadable text as an empty value with `badInput`.
    const reading = input.validity.badInput
      ? ({ ok: false, message: NOT_A_SCORE } as const)
      : readScoreInput(text);
    const refusal = reading.ok ? check(reading.value) : reading.message;
    if (refusal !== undefined) {
      setProblem({ text, message: refusal });
      return;
    }
    if (reading.ok && reading.value !== value) onCommit(reading.value);
  };

  return (
    <div className="coaching-filters__field coaching-filters__field--score">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        className="field-input"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        placeholder="Any"
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-message`}
        onChange={(event) => {
          setText(event.target.value);
        }}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          commit(event.currentTarget);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(event.currentTarget);
          }
        }}
      />
      <p id={`${id}-message`} className="field-message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
