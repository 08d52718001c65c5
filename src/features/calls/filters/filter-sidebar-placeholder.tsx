import './filter-sidebar-placeholder.css';

const ROWS = ['38%', '100%', '30%', '100%', '45%', '80%', '35%', '100%', '40%', '100%'];

/**
 * What the sidebar's place shows while its code loads: the shape of the panel (or, on a narrow
 * screen, of the Filters button), and "Loading filters…" for screen readers. No hooks, no widgets.
 */
export function FilterSidebarPlaceholder() {
  return (
    <div className="filter-sidebar-placeholder" aria-busy="true">
      <span className="visually-hidden">Loading filters…</span>
      <div className="filter-sidebar-placeholder__panel panel" aria-hidden="true">
        {ROWS.map((width, index) => (
          <span key={index} className="skeleton" style={{ width }} />
        ))}
      </div>
      <span className="filter-sidebar-placeholder__toggle skeleton" aria-hidden="true" />
    </div>
  );
}
