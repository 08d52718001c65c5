import type * as DropdownMenuPrimitives from '@radix-ui/react-dropdown-menu';
import type { RowData } from '@tanstack/react-table';
import { useSyncExternalStore } from 'react';
import type { DataTableInstance } from './data-table-features';
import './data-table-view-options.css';

/*
 * Radix's menu (with its positioning and focus management) is ~29 kB gzip, and the menu is only
 * needed once someone opens it: it loads in its own chunk, and the trigger waits for it disabled.
 */
let primitives: typeof DropdownMenuPrimitives | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** Starts loading the menu code (once); resolves when the menu works, or failed to load. */
export function loadViewOptionsMenu(): Promise<void> {
  loading ??= import('@radix-ui/react-dropdown-menu').then(
    (module) => {
      primitives = module;
      for (const listener of listeners) listener();
    },
    () => {
      // The next mount may try again.
      loading = undefined;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadViewOptionsMenu();
  return () => {
    listeners.delete(listener);
  };
}

const getSnapshot = () => primitives;
const getServerSnapshot = () => undefined;

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
  const DropdownMenu = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
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
    <DropdownMenu.Root>
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
