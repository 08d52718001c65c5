import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Chip } from '@/components/ui/chip';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import { useNowMinute } from '@/lib/dates/use-now';
import { getUserTimeZone } from '@/lib/dates/zoned-date';
import { usePhoneFormat } from '@/lib/format/use-phone-format';
import { clearFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { buildFilterChips } from './filter-chips';
import './active-filter-chips.css';

const hasAny = (values: readonly unknown[] | undefined) => (values?.length ?? 0) > 0;

/**
 * Every active filter as a removable chip, in words ("Rep: Dana Kim"), with "Clear all". Nothing
 * is rendered when no filter is active. Removing one moves focus to its neighbour, so keyboard
 * users can keep removing without starting over.
 */
export function ActiveFilterChips() {
  const { view, update } = useCallsView();
  const { filters } = view;
  // Names are only needed for the filters in use; the sidebar loads all of them anyway.
  const dispositions = useQuery({
    ...referenceQueries.dispositions(),
    enabled: hasAny(filters.disposition_ids),
  });
  const team = useQuery({ ...referenceQueries.team(), enabled: hasAny(filters.user_ids) });
  const contactLists = useQuery({
    ...referenceQueries.contactLists(),
    enabled: hasAny(filters.contact_list_ids),
  });
  const sequences = useQuery({
    ...referenceQueries.sequences(),
    enabled: hasAny(filters.sequences),
  });
  const formatPhone = usePhoneFormat();
  const nowMs = useNowMinute();

  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (focusNext.current === undefined) return;
    removeButtons.current.get(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const chips = buildFilterChips(
    filters,
    {
      dispositions: dispositions.data,
      reps: team.data?.reps,
      contactLists: contactLists.data,
      sequences: sequences.data,
    },
    { timeZone: getUserTimeZone(), now: new Date(nowMs), formatPhone },
  );
  if (chips.length === 0) return null;

  return (
    <div className="active-filter-chips" role="region" aria-label="Active filters">
      <ul className="active-filter-chips__list">
        {chips.map((chip, index) => (
          <li key={chip.id}>
            <Chip
              label={chip.label}
              removeLabel={`Remove filter ${chip.label}`}
              removeButtonRef={(button) => {
                if (button) removeButtons.current.set(chip.id, button);
                return () => {
                  removeButtons.current.delete(chip.id);
                };
              }}
              onRemove={() => {
                focusNext.current = (chips[index + 1] ?? chips[index - 1])?.id;
                update((current) => chip.remove(current));
              }}
            />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={() => {
          update(clearFilters);
        }}
      >
        Clear all
      </button>
    </div>
  );
}
