import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { Chip } from './chip';
import './token-input.css';

export type TokenCheck = { ok: true; value: string } | { ok: false; message: string };

export interface TokenInputProps {
  label: string;
  values: readonly string[];
  /** Every change, with the whole new list. One call per Enter, paste or removal. */
  onChange: (values: string[]) => void;
  /** Whether `text` (trimmed, non-empty) may join `current`, and in which form; why not if not. */
  check: (text: string, current: readonly string[]) => TokenCheck;
  /** How a value reads on its token. */
  formatValue?: (value: string) => string;
  /** Help under the field, read with it. */
  hint?: string;
  placeholder?: string;
}

const SEPARATOR = /[,;\n]/;

/**
 * Several values in one field: type one and press Enter or a comma (or paste a list) to add it
 * as a removable token. A refused value stays in the field with the reason beside it.
 */
export function TokenInput({
  label,
  values,
  onChange,
  check,
  formatValue = (value) => value,
  hint,
  placeholder,
}: TokenInputProps) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;

  /** Adds what it can of `texts`; the rest stays in the field, with why. */
  const add = (texts: readonly string[], keep = '') => {
    const next = [...values];
    const refused: string[] = [];
    const reasons: string[] = [];
    for (const text of texts.map((item) => item.trim()).filter(Boolean)) {
      const result = check(text, next);
      if (result.ok) {
        next.push(result.value);
      } else {
        refused.push(text);
        reasons.push(result.message);
      }
    }
    if (next.length !== values.length) onChange(next);
    setDraft([...refused, keep].filter(Boolean).join(', '));
    setMessage(reasons.join(' '));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter adds here; it must not submit an enclosing form.
    event.preventDefault();
    add([draft]);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (!SEPARATOR.test(pasted)) return;
    event.preventDefault();
    const { selectionStart, selectionEnd } = event.currentTarget;
    const text =
      draft.slice(0, selectionStart ?? draft.length) +
      pasted +
      draft.slice(selectionEnd ?? draft.length);
    add(text.split(SEPARATOR));
  };

  const describedBy = [hint === undefined ? '' : hintId, message ? messageId : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className="token-input">
      <label className="token-input__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      {values.length > 0 ? (
        <ul className="token-input__tokens" aria-label={label}>
          {values.map((value) => (
            <li key={value}>
              <Chip
                label={formatValue(value)}
                removeLabel={`Remove ${formatValue(value)} from ${label}`}
                onRemove={() => {
                  onChange(values.filter((item) => item !== value));
                  // Its button is gone: keep focus in the field rather than lose it to the page.
                  inputRef.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="field-input"
        type="text"
        inputMode="tel"
        autoComplete="off"
        value={draft}
        placeholder={placeholder}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          const text = event.target.value;
          setMessage('');
          if (!SEPARATOR.test(text)) {
            setDraft(text);
            return;
          }
          // A typed comma adds what came before it; what follows keeps being typed.
          const parts = text.split(SEPARATOR);
          add(parts.slice(0, -1), parts.at(-1));
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          if (draft.trim()) add([draft]);
        }}
      />
      {hint === undefined ? null : (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <p id={messageId} className="field-message" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
