/** The pure half of `MultiSelect`: what an option is, how search narrows and groups them. */

export interface MultiSelectOption {
  /** Unique among the options; what `selected` and `onChange` speak. */
  value: string;
  /** What the user reads, in the list and on the trigger. */
  label: string;
  /** Options with the same group are listed together under it as a heading. */
  group?: string;
  /** A short second line or tag ("custom", an email); searched as well. */
  hint?: string;
}

export interface MultiSelectGroup {
  /** Undefined for options without a group. */
  heading: string | undefined;
  options: MultiSelectOption[];
}

/** Lower case without accents, so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The options whose label, hint or group contain every word of `query` (in any order), in their
 * original order. An empty query keeps them all.
 */
export function filterOptions(
  options: readonly MultiSelectOption[],
  query: string,
): MultiSelectOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const text = fold([option.label, option.hint ?? '', option.group ?? ''].join(' '));
    return words.every((word) => text.includes(word));
  });
}

/** Options by group, groups in the order they first appear. */
export function groupOptions(options: readonly MultiSelectOption[]): MultiSelectGroup[] {
  const groups = new Map<string | undefined, MultiSelectOption[]>();
  for (const option of options) {
    const members = groups.get(option.group);
    if (members) members.push(option);
    else groups.set(option.group, [option]);
  }
  return [...groups].map(([heading, members]) => ({ heading, options: members }));
}

/** The trigger's text: `placeholder` for none, the label of one, "3 selected" for more. */
export function summarizeSelection(
  options: readonly MultiSelectOption[],
  selected: readonly string[],
  placeholder: string,
): string {
  const [only] = selected;
  if (only === undefined) return placeholder;
  if (selected.length > 1) return `${selected.length} selected`;
  return options.find((option) => option.value === only)?.label ?? only;
}
