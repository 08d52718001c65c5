import type { RowData } from '@tanstack/react-table';
import { deferredModule } from '@/lib/deferred-module';
import type { DataTableInstance } from './data-table-features';
import './data-table-view-options.css';

/*
 * Radix's menu (with its positioning and focus management) is ~29 kB gzip, and the menu is only
 * needed once someone opens it: it loads in its own chunk after the first rows, and the trigger
 * waits for it disabled.
 */
const menuModule = deferredModule(() => import('@radix-ui/react-dropdown-menu'));

/** Loads the menu code now; resolves when the menu works, or failed to load. */
export const loadViewOptionsMenu = menuModule.load;

function ColumnsIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path
        d="M1.5 2.5 H12.5 V11.5 H1.5 Z M5 2.5 V11.5 M9 2.5 V11.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.25"
      />
    </svg>
  );
}

/**
 * A "Columns" menu of checkboxes, one per column the user may hide (named by its meta `label`),
 * and a way back to the default set. The menu stays open while toggling.
 */
export function DataTableViewOptions<TData extends RowData>({
  table,
}: {
  table: DataTableInstance<TData>;
}) {
  const DropdownMenu = menuModule.useModule();
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  if (!DropdownMenu) {
    return (
      <button type="button" className="button button--small" disabled>
        <ColumnsIcon />
        Columns
      </button>
    );
  }
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while its links and
    // buttons stay focusable (axe: aria-hidden-focus). Outside clicks and Escape still close it.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="button button--small">
          <ColumnsIcon />
          Columns
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="data-table-menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="data-table-menu__label">Show columns</DropdownMenu.Label>
          {columns.map((column) => (
            <DropdownMenu.CheckboxItem
              key={column.id}
              className="data-table-menu__item"
              checked={column.getIsVisible()}
              onCheckedChange={(checked) => {
                column.toggleVisibility(checked);
              }}
              // Keep the menu open: people usually change several columns at once.
              onSelect={(event) => {
                event.preventDefault();
              }}
            >
              <span className="data-table-menu__check" aria-hidden="true">
                <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
              </span>
              {column.columnDef.meta?.label ?? column.id}
            </DropdownMenu.CheckboxItem>
          ))}
          <DropdownMenu.Separator className="data-table-menu__separator" />
          <DropdownMenu.Item
            className="data-table-menu__item"
            onSelect={() => {
              table.resetColumnVisibility();
            }}
          >
            <span className="data-table-menu__spacer" aria-hidden="true" />
            Reset to default
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
