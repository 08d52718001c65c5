import type { AnsweredBy, Direction, Outcome } from '@contract/salesfinity';
import { ANSWERED_BY, DIRECTIONS, OUTCOMES } from '@contract/salesfinity';
import type { RadioGroupOption } from '@/components/ui/radio-group';
import { RadioGroup } from '@/components/ui/radio-group';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import { withFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import {
  ANSWERED_BY_LABELS,
  DIRECTION_LABELS,
  OUTCOME_LABELS,
} from '@/lib/reference-data/filter-labels';

/** The filters with a handful of values: one radio group each, "Any" meaning unfiltered. */

const ANY = 'any';
type Any = typeof ANY;

function optionsOf<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): RadioGroupOption<T | Any>[] {
  return [
    { value: ANY, label: 'Any' },
    ...values.map((value) => ({ value, label: labels[value] })),
  ];
}

const OUTCOME_OPTIONS = optionsOf<Outcome>(OUTCOMES, OUTCOME_LABELS);
const DIRECTION_OPTIONS = optionsOf<Direction>(DIRECTIONS, DIRECTION_LABELS);
const ANSWERED_BY_OPTIONS = optionsOf<AnsweredBy>(ANSWERED_BY, ANSWERED_BY_LABELS);

type YesNo = 'yes' | 'no';
const YES_NO_OPTIONS = optionsOf<YesNo>(['yes', 'no'], { yes: 'Yes', no: 'No' });

function toYesNo(value: boolean | undefined): YesNo | Any {
  if (value === undefined) return ANY;
  return value ? 'yes' : 'no';
}

function fromYesNo(value: YesNo | Any): boolean | undefined {
  return value === ANY ? undefined : value === 'yes';
}

/** The filters and a pushed setter: choosing is deliberate navigation, so Back undoes it. */
function useFilters() {
  const { view, update } = useCallsView();
  const setFilters = (patch: Partial<CallLogFilters>) => {
    update((current) => withFilters(current, patch));
  };
  return [view.filters, setFilters] as const;
}

export function OutcomeFilter() {
  const [filters, setFilters] = useFilters();
  return (
    <RadioGroup
      legend="Outcome"
      options={OUTCOME_OPTIONS}
      value={filters.outcome ?? ANY}
      onChange={(value) => {
        setFilters({ outcome: value === ANY ? undefined : value });
      }}
    />
  );
}

export function DirectionFilter() {
  const [filters, setFilters] = useFilters();
  return (
    <RadioGroup
      legend="Direction"
      options={DIRECTION_OPTIONS}
      value={filters.direction ?? ANY}
      onChange={(value) => {
        setFilters({ direction: value === ANY ? undefined : value });
      }}
    />
  );
}

export function AnsweredByFilter() {
  const [filters, setFilters] = useFilters();
  return (
    <RadioGroup
      legend="Answered by"
      options={ANSWERED_BY_OPTIONS}
      value={filters.answered_by ?? ANY}
      onChange={(value) => {
        setFilters({ answered_by: value === ANY ? undefined : value });
      }}
    />
  );
}

export function RecordingFilter() {
  const [filters, setFilters] = useFilters();
  return (
    <RadioGroup
      legend="Has recording"
      options={YES_NO_OPTIONS}
      value={toYesNo(filters.has_recording)}
      onChange={(value) => {
        setFilters({ has_recording: fromYesNo(value) });
      }}
    />
  );
}

export function CompletedFilter() {
  const [filters, setFilters] = useFilters();
  return (
    <RadioGroup
      legend="Completed"
      options={YES_NO_OPTIONS}
      value={toYesNo(filters.is_completed)}
      onChange={(value) => {
        setFilters({ is_completed: fromYesNo(value) });
      }}
    />
  );
}
