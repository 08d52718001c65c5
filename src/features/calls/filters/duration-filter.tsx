import { useId, useState } from 'react';
import { withFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { durationRangeProblem, formatDurationInput, parseDurationInput } from './duration-input';
import { useDraft } from '@/lib/use-draft';

/** Whether two field texts mean the same duration (`90` and `1:30`). */
function sameDuration(a: string, b: string): boolean {
  const left = parseDurationInput(a);
  const right = parseDurationInput(b);
  return left.ok && right.ok && left.seconds === right.seconds;
}

/**
 * Minimum and maximum call length. Each field commits on Enter or when it loses focus (a push:
 * the number is finished then), refusing text it cannot read or a minimum above the maximum,
 * with the reason beside it.
 */
export function DurationFilter() {
  const { view, update } = useCallsView();
  const { min_duration: min, max_duration: max } = view.filters;
  const id = useId();
  return (
    <fieldset className="filter-field filter-fieldset" aria-describedby={`${id}-hint`}>
      <legend className="filter-field__label">Duration</legend>
      <div className="duration-filter__fields">
        <DurationField
          label="Min duration"
          value={min}
          check={(seconds) => durationRangeProblem(seconds, max)}
          onCommit={(seconds) => {
            update((current) => withFilters(current, { min_duration: seconds }));
          }}
        />
        <DurationField
          label="Max duration"
          value={max}
          check={(seconds) => durationRangeProblem(min, seconds)}
          onCommit={(seconds) => {
            update((current) => withFilters(current, { max_duration: seconds }));
          }}
        />
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Seconds (90) or minutes:seconds (1:30).
      </p>
    </fieldset>
  );
}

interface DurationFieldProps {
  label: string;
  value: number | undefined;
  /** Why `seconds` cannot be used with the other bound, if it cannot. */
  check: (seconds: number | undefined) => string | undefined;
  onCommit: (seconds: number | undefined) => void;
}

function DurationField({ label, value, check, onCommit }: DurationFieldProps) {
  const [text, setText] = useDraft(formatDurationInput(value), sameDuration);
  const [problem, setProblem] = useState<{ text: string; message: string }>();
  const id = useId();
  // A message belongs to the text it was about: typing again hides it.
  const message = problem?.text === text ? problem.message : '';

  const commit = () => {
    const parsed = parseDurationInput(text);
    const refusal = parsed.ok ? check(parsed.seconds) : parsed.message;
    if (refusal !== undefined) {
      setProblem({ text, message: refusal });
      return;
    }
    if (parsed.ok && parsed.seconds !== value) onCommit(parsed.seconds);
  };

  return (
    <div className="duration-filter__field">
      <label className="filter-field__sublabel" htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        className="field-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="Any"
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-message`}
        onChange={(event) => {
          setText(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      <p id={`${id}-message`} className="field-message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
