/** The arrow beside a sortable header: which way it is sorted, or faint arrows when it is not. */
export function SortIndicator({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg
      className={
        direction ? 'data-table__sort-icon' : 'data-table__sort-icon data-table__sort-icon--idle'
      }
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      {direction === 'asc' ? <path d="M6 2 L10 8 H2 Z" fill="currentColor" /> : null}
      {direction === 'desc' ? <path d="M6 10 L10 4 H2 Z" fill="currentColor" /> : null}
      {direction === false ? <path d="M6 1 L9 5 H3 Z M6 11 L9 7 H3 Z" fill="currentColor" /> : null}
    </svg>
  );
}
