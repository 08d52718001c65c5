import { useEffect, useEffectEvent, useId } from 'react';
import { MAX_SEARCH_LENGTH } from '@/lib/calls-view/calls-view';
import { withFilters } from '@/lib/calls-view/calls-view-updates';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { useDraft } from '@/lib/use-draft';

/** Long enough to wait out a word being typed, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Free text across contact, company and numbers. What is typed is the input's own state; the URL
 * gets it (trimmed) after a pause, replacing the history entry, since each keystroke is not a
 * place to go Back to. Enter writes at once.
 */
export function SearchFilter() {
  const { view, update } = useCallsView();
  const committed = view.filters.search ?? '';
  // "acme " is what the URL's "acme" came from: keep the space the user is typing after.
  const [text, setText] = useDraft(committed, (draft, url) => draft.trim() === url);
  const wanted = text.trim();
  const id = useId();

  const write = (search: string) => {
    update((current) => withFilters(current, { search: search === '' ? undefined : search }), {
      replace: true,
    });
  };
  const writeLater = useEffectEvent(write);

  useEffect(() => {
    if (wanted === committed) return;
    const timer = setTimeout(() => {
      writeLater(wanted);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [wanted, committed]);

  return (
    <form
      role="search"
      className="filter-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (wanted !== committed) write(wanted);
      }}
    >
      <label className="filter-field__label" htmlFor={`${id}-input`}>
        Search
      </label>
      <input
        id={`${id}-input`}
        className="field-input"
        type="search"
        value={text}
        maxLength={MAX_SEARCH_LENGTH}
        placeholder="Contact, company or number"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        Matches contact names, companies and phone numbers.
      </p>
    </form>
  );
}
