import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { MultiSelect } from '@/components/ui/multi-select';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import { MAX_ARRAY_VALUES } from '@/lib/calls-view/calls-view';
import { withFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import {
  contactListLabel,
  dispositionLabel,
  repLabel,
  sequenceLabel,
} from '@/lib/reference-data/filter-labels';
import {
  contactListOptions,
  dispositionOptions,
  repOptions,
  sequenceOptions,
  withMissingSelected,
} from '@/lib/reference-data/filter-options';
import { referenceStatus } from './reference-status';

/**
 * The filters whose values come from reference data: names in the list, ids in the URL. An id in
 * the URL that the list lacks still shows, as "Unknown … (id …)", so it can be seen and removed.
 * Each toggle is a push.
 */

/** Heading for chosen ids the loaded list does not have. */
const MISSING_GROUP = 'Not in the list';

export function DispositionFilter() {
  const { view, update } = useCallsView();
  const query = useQuery(referenceQueries.dispositions());
  const selected = (view.filters.disposition_ids ?? []).map(String);
  const options = withMissingSelected(
    query.data ? dispositionOptions(query.data) : [],
    selected,
    (value) => dispositionLabel(Number(value), query.data),
    query.data ? MISSING_GROUP : undefined,
  );
  const id = useId();
  return (
    <div className="filter-field">
      <MultiSelect
        label="Dispositions"
        options={options}
        selected={selected}
        onChange={(next) => {
          update((current) => withFilters(current, { disposition_ids: next.map(Number) }));
        }}
        searchPlaceholder="Search dispositions…"
        emptyMessage="No dispositions match."
        status={referenceStatus(query, 'dispositions')}
        maxSelected={MAX_ARRAY_VALUES}
      />
      <label className="filter-checkbox">
        <input
          type="checkbox"
          checked={view.filters.exclude_negative_dispositions === true}
          aria-describedby={`${id}-note`}
          onChange={(event) => {
            const isChecked = event.target.checked;
            update((current) =>
              withFilters(current, { exclude_negative_dispositions: isChecked || undefined }),
            );
          }}
        />
        Positive dispositions only
      </label>
      <p id={`${id}-note`} className="field-hint">
        Keeps only calls with a positive disposition: neutral, negative and unanswered calls are all
        left out.
      </p>
    </div>
  );
}

export function RepFilter() {
  const { view, update } = useCallsView();
  const query = useQuery(referenceQueries.team());
  const reps = query.data?.reps;
  const selected = view.filters.user_ids ?? [];
  return (
    <MultiSelect
      label="Reps"
      options={withMissingSelected(reps ? repOptions(reps) : [], selected, (value) =>
        repLabel(value, reps),
      )}
      selected={selected}
      onChange={(next) => {
        update((current) => withFilters(current, { user_ids: next }));
      }}
      searchPlaceholder="Search by name or email…"
      emptyMessage="No reps match."
      status={referenceStatus(query, 'reps')}
      maxSelected={MAX_ARRAY_VALUES}
    />
  );
}

export function ContactListFilter() {
  const { view, update } = useCallsView();
  const query = useQuery(referenceQueries.contactLists());
  const selected = view.filters.contact_list_ids ?? [];
  return (
    <MultiSelect
      label="Contact lists"
      options={withMissingSelected(
        query.data ? contactListOptions(query.data) : [],
        selected,
        (value) => contactListLabel(value, query.data),
      )}
      selected={selected}
      onChange={(next) => {
        update((current) => withFilters(current, { contact_list_ids: next }));
      }}
      searchPlaceholder="Search contact lists…"
      emptyMessage="No contact lists match."
      status={referenceStatus(query, 'contact lists')}
      maxSelected={MAX_ARRAY_VALUES}
    />
  );
}

export function SequenceFilter() {
  const { view, update } = useCallsView();
  const query = useQuery(referenceQueries.sequences());
  const selected = view.filters.sequences ?? [];
  return (
    <MultiSelect
      label="Sequences"
      options={withMissingSelected(
        query.data ? sequenceOptions(query.data) : [],
        selected,
        (value) => sequenceLabel(value, query.data),
      )}
      selected={selected}
      onChange={(next) => {
        update((current) => withFilters(current, { sequences: next }));
      }}
      searchPlaceholder="Search sequences…"
      emptyMessage="No sequences match."
      status={referenceStatus(query, 'sequences')}
      maxSelected={MAX_ARRAY_VALUES}
    />
  );
}
