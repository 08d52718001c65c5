import './missing-value.css';

/** A gap in the data: a dash to the eye, words to a screen reader. */
export function MissingValue({ label = 'not recorded' }: { label?: string }) {
  return (
    <span className="missing-value">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
