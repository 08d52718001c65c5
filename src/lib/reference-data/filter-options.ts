import type { ContactList } from './contact-lists';
import type { Disposition } from './dispositions';
import { isKnownDispositionCategory } from './dispositions';
import type { Sequence } from './sequences';
import type { Rep } from './team';
import {
  DISPOSITION_CATEGORY_LABELS,
  DISPOSITION_CATEGORY_ORDER,
  nonBlank,
  repDisplayName,
  unnamedLabel,
} from './filter-labels';

/** Reference data as options of a choice (a multi-select's): names to read, ids as values. */
export interface ReferenceOption {
  value: string;
  label: string;
  /** Options with the same group are listed together under it. */
  group?: string;
  /** A short second line ("custom", an email). */
  hint?: string;
}

const UNCATEGORISED = 'No category';

function categoryHeading(category: string | undefined): string {
  if (category === undefined) return UNCATEGORISED;
  // An unknown category is shown as received: a team may have one we have never seen.
  return isKnownDispositionCategory(category) ? DISPOSITION_CATEGORY_LABELS[category] : category;
}

function categoryRank(category: string | undefined): number {
  if (category === undefined) return DISPOSITION_CATEGORY_ORDER.length + 1;
  const known = DISPOSITION_CATEGORY_ORDER.findIndex((item) => item === category);
  return known === -1 ? DISPOSITION_CATEGORY_ORDER.length : known;
}

/**
 * Grouped by category (positive, neutral, negative, not answered, cancelled, then unknown ones in
 * the order received, then those without one); custom dispositions are marked "custom".
 */
export function dispositionOptions(dispositions: readonly Disposition[]): ReferenceOption[] {
  // A stable sort keeps the API's order inside a category, and unknown ones in arrival order.
  return [...dispositions]
    .sort((a, b) => categoryRank(a.category) - categoryRank(b.category))
    .map((disposition) => ({
      value: String(disposition.id),
      label: nonBlank(disposition.name) ?? unnamedLabel('disposition', String(disposition.id)),
      group: categoryHeading(disposition.category),
      hint: disposition.is_custom === true ? 'custom' : undefined,
    }));
}

export function repOptions(reps: readonly Rep[]): ReferenceOption[] {
  return reps.map((rep) => {
    const name = repDisplayName(rep);
    const hints = [
      name !== rep.email ? rep.email : undefined,
      rep.status !== undefined && rep.status !== 'active' ? rep.status : undefined,
    ].filter(Boolean);
    return {
      value: rep._id,
      label: name ?? unnamedLabel('rep', rep._id),
      hint: hints.length > 0 ? hints.join(' · ') : undefined,
    };
  });
}

export function sequenceOptions(sequences: readonly Sequence[]): ReferenceOption[] {
  return sequences.map((sequence) => ({
    value: sequence.id,
    label: nonBlank(sequence.name) ?? unnamedLabel('sequence', sequence.id),
  }));
}

export function contactListOptions(lists: readonly ContactList[]): ReferenceOption[] {
  return lists.map((list) => ({
    value: list._id,
    label: nonBlank(list.name) ?? unnamedLabel('contact list', list._id),
    hint: list.source,
  }));
}

/**
 * `options` with an option in front for every selected value they lack (an id from the URL that
 * the reference data does not have, or not yet), so no applied filter is hidden from the list
 * where it can be unselected.
 */
export function withMissingSelected(
  options: readonly ReferenceOption[],
  selected: readonly string[],
  labelOf: (value: string) => string,
  group?: string,
): ReferenceOption[] {
  const known = new Set(options.map((option) => option.value));
  const missing = selected
    .filter((value) => !known.has(value))
    .map((value) => ({ value, label: labelOf(value), group }));
  return [...missing, ...options];
}
