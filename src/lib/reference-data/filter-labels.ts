import type { AnsweredBy, Direction, DispositionCategory, Outcome } from '@contract/salesfinity';
import type { ContactList } from './contact-lists';
import type { Disposition } from './dispositions';
import type { Sequence } from './sequences';
import type { Rep } from './team';

/** Filter values in words, shared by the sidebar's controls and the chips above the table. */

export const OUTCOME_LABELS: Record<Outcome, string> = {
  answered: 'Answered',
  'no-answer': 'No answer',
  cancelled: 'Cancelled',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
};

export const ANSWERED_BY_LABELS: Record<AnsweredBy, string> = {
  human: 'Human',
  machine_start: 'Machine / voicemail',
};

export const DISPOSITION_CATEGORY_LABELS: Record<DispositionCategory, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
  not_answered: 'Not answered',
  cancelled: 'Cancelled',
};

/** From best to worst, as a manager scans them; not the contract's order. */
export const DISPOSITION_CATEGORY_ORDER: readonly DispositionCategory[] = [
  'positive',
  'neutral',
  'negative',
  'not_answered',
  'cancelled',
];

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Long ids shortened for chips and lists: `65a1b2…c3d4`. */
export function shortId(id: string): string {
  return id.length <= 12 ? id : `${id.slice(0, 6)}…${id.slice(-4)}`;
}

/**
 * A name for the value `id` of a filter: the item's own name; "Unknown rep (id …)" when the list
 * has loaded without it; just the id while the list is not there (loading, or failed). Never
 * empty: a filter in the URL is always shown.
 */
function nameFromList<T>(
  id: string,
  items: readonly T[] | undefined,
  find: (item: T) => boolean,
  nameOf: (item: T) => string | undefined,
  noun: string,
): string {
  if (items === undefined) return `id ${shortId(id)}`;
  const item = items.find(find);
  if (item === undefined) return `Unknown ${noun} (id ${shortId(id)})`;
  return nameOf(item) ?? unnamedLabel(noun, id);
}

/** For an item the reference data has, but without a name to show. */
export function unnamedLabel(noun: string, id: string): string {
  return `Unnamed ${noun} (id ${shortId(id)})`;
}

export const nonBlank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

export function repDisplayName(rep: Rep): string | undefined {
  const name = [rep.first_name, rep.last_name].map(nonBlank).filter(Boolean).join(' ');
  return nonBlank(name) ?? nonBlank(rep.email);
}

export function repLabel(id: string, reps: readonly Rep[] | undefined): string {
  return nameFromList(id, reps, (rep) => rep._id === id, repDisplayName, 'rep');
}

export function dispositionLabel(id: number, dispositions: readonly Disposition[] | undefined) {
  return nameFromList(
    String(id),
    dispositions,
    (disposition) => disposition.id === id,
    (disposition) => nonBlank(disposition.name),
    'disposition',
  );
}

export function sequenceLabel(id: string, sequences: readonly Sequence[] | undefined): string {
  return nameFromList(
    id,
    sequences,
    (sequence) => sequence.id === id,
    (sequence) => nonBlank(sequence.name),
    'sequence',
  );
}

export function contactListLabel(id: string, lists: readonly ContactList[] | undefined): string {
  return nameFromList(
    id,
    lists,
    (list) => list._id === id,
    (list) => nonBlank(list.name),
    'contact list',
  );
}
