import type { Ref } from 'react';
import './chip.css';

export interface ChipProps {
  label: string;
  onRemove: () => void;
  /** The remove button's accessible name; "Remove <label>" unless given. */
  removeLabel?: string;
  removeButtonRef?: Ref<HTMLButtonElement>;
}

/** A short label with a button that removes what it stands for. */
export function Chip({ label, onRemove, removeLabel, removeButtonRef }: ChipProps) {
  return (
    <span className="chip">
      <span className="chip__label" title={label}>
        {label}
      </span>
      <button
        ref={removeButtonRef}
        type="button"
        className="chip__remove"
        aria-label={removeLabel ?? `Remove ${label}`}
        onClick={onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );
}
