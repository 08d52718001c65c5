import { useState } from 'react';
import { Drawer, DrawerClose } from '@/components/ui/drawer';
import { clearFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import {
  AnsweredByFilter,
  CompletedFilter,
  DirectionFilter,
  OutcomeFilter,
  RecordingFilter,
} from './choice-filters';
import { DateRangeFilter } from './date-range-filter';
import { DurationFilter } from './duration-filter';
import { countActiveFilters } from './filter-chips';
import { PhoneFilters } from './phone-filters';
import {
  ContactListFilter,
  DispositionFilter,
  RepFilter,
  SequenceFilter,
} from './reference-filters';
import { SearchFilter } from './search-filter';
import { useMediaQuery } from './use-media-query';
import './filter-sidebar.css';

/** Where `calls-page.css` stacks the sidebar above the table. */
export const NARROW_SCREEN_QUERY = '(max-width: 900px)';

// Keyed by name: minified function names are not unique.
const CONTROLS = [
  ['search', SearchFilter],
  ['date', DateRangeFilter],
  ['outcome', OutcomeFilter],
  ['answered-by', AnsweredByFilter],
  ['direction', DirectionFilter],
  ['duration', DurationFilter],
  ['dispositions', DispositionFilter],
  ['reps', RepFilter],
  ['contact-lists', ContactListFilter],
  ['sequences', SequenceFilter],
  ['recording', RecordingFilter],
  ['completed', CompletedFilter],
  ['phones', PhoneFilters],
] as const;

/** Every filter control, in the order a manager narrows calls down; a rep has no rep filter. */
function FilterControls({ isOwnCallsOnly }: { isOwnCallsOnly: boolean }) {
  const controls = isOwnCallsOnly ? CONTROLS.filter(([key]) => key !== 'reps') : CONTROLS;
  return (
    <div className="filter-sidebar__controls">
      {controls.map(([key, Control]) => (
        <div key={key} className="filter-sidebar__section">
          <Control />
        </div>
      ))}
    </div>
  );
}

/**
 * The call filters. On a wide screen a panel in the page's sidebar; on a narrow one a
 * "Filters (n active)" button that opens the same controls in a drawer. Every control reads the
 * URL through `useCallsView` and writes through its setter.
 */
export function FilterSidebar() {
  const isNarrow = useMediaQuery(NARROW_SCREEN_QUERY);
  const { view, isOwnCallsOnly, update } = useCallsView();
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  const count = countActiveFilters(view.filters);
  const countText = count > 0 ? ` (${count} active)` : '';

  const clearButton = (
    <button
      type="button"
      className="button button--small button--ghost"
      disabled={count === 0}
      onClick={() => {
        update(clearFilters);
      }}
    >
      Clear all
    </button>
  );

  if (!isNarrow) {
    return (
      <div className="filter-sidebar panel">
        <div className="filter-sidebar__header">
          <h2 className="filter-sidebar__title">Filters{countText}</h2>
          {clearButton}
        </div>
        <FilterControls isOwnCallsOnly={isOwnCallsOnly} />
      </div>
    );
  }

  return (
    <Drawer
      title={`Filters${countText}`}
      open={isDrawerOpen}
      onOpenChange={setIsDrawerOpen}
      trigger={
        <button type="button" className="button filter-sidebar__toggle">
          Filters{countText}
        </button>
      }
      footer={
        <>
          {clearButton}
          <DrawerClose asChild>
            <button type="button" className="button button--primary">
              Show calls
            </button>
          </DrawerClose>
        </>
      }
    >
      <FilterControls isOwnCallsOnly={isOwnCallsOnly} />
    </Drawer>
  );
}

// `calls-page.tsx` lazy-loads this module, and `React.lazy` takes a default export.
export default FilterSidebar;
