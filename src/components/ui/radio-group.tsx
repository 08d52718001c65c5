import { useId } from 'react';
import './radio-group.css';

export interface RadioGroupOption<T extends string> {
  value: T;
  label: string;
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  options: readonly RadioGroupOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** A sentence under the options, read with the group. */
  description?: string;
}

/**
 * Native radio buttons in a fieldset, drawn as a row of pills: Tab reaches the group, arrows
 * move the choice, and the legend names it.
 */
export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  description,
}: RadioGroupProps<T>) {
  const name = useId();
  const descriptionId = `${name}-description`;
  return (
    <fieldset
      className="radio-group"
      aria-describedby={description === undefined ? undefined : descriptionId}
    >
      <legend className="radio-group__legend">{legend}</legend>
      <div className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="radio-group__option">
            <input
              type="radio"
              className="radio-group__input"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span className="radio-group__text">{option.label}</span>
          </label>
        ))}
      </div>
      {description === undefined ? null : (
        <p id={descriptionId} className="radio-group__description">
          {description}
        </p>
      )}
    </fieldset>
  );
}
