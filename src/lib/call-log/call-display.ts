import { DEFAULT_DISPOSITIONS } from '@contract/salesfinity';
import type { AnsweredBy, Direction, DispositionCategory, Outcome } from '@contract/salesfinity';
import type { Disposition } from '@/lib/reference-data/dispositions';
import { isKnownDispositionCategory } from '@/lib/reference-data/dispositions';
import { isKnownAnsweredBy, isKnownDirection, isKnownOutcome } from './call-schema';
import type { CallContact, CallDisposition, CallUser } from './call-schema';

/** What the table shows for a call's fields: pure, so every gap and odd value is tested here. */

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function joinName(first: string | undefined, last: string | undefined): string | undefined {
  return clean([clean(first), clean(last)].filter(Boolean).join(' '));
}

/** The rep: first and last name, else their email. */
export function repName(user: CallUser | undefined): string | undefined {
  if (!user) return undefined;
  return joinName(user.first_name, user.last_name) ?? clean(user.email);
}

export interface ContactSummary {
  name: string | undefined;
  title: string | undefined;
  company: string | undefined;
}

/** Undefined when the call has no contact details worth a line. */
export function contactSummary(contact: CallContact | undefined): ContactSummary | undefined {
  if (!contact) return undefined;
  const summary = {
    name: joinName(contact.first_name, contact.last_name),
    title: clean(contact.title),
    company: clean(contact.company),
  };
  return (summary.name ?? summary.title ?? summary.company) ? summary : undefined;
}

/** A value of a contract enum: its label when known, the text as received when not. */
export type EnumDisplay<T extends string> =
  { kind: 'known'; value: T; label: string } | { kind: 'unknown'; text: string };

function describeEnum<T extends string>(
  value: string | undefined,
  isKnown: (value: string | undefined) => value is T,
  labels: Readonly<Record<T, string>>,
): EnumDisplay<T> | undefined {
  const text = clean(value);
  if (text === undefined) return undefined;
  // Known values are matched as sent; anything else is shown exactly as it arrived.
  if (isKnown(value)) return { kind: 'known', value, label: labels[value] };
  return { kind: 'unknown', text };
}

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  answered: 'Answered',
  'no-answer': 'No answer',
  cancelled: 'Cancelled',
};

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
};

export const ANSWERED_BY_LABELS: Readonly<Record<AnsweredBy, string>> = {
  human: 'Human',
  machine_start: 'Machine',
};

export const describeOutcome = (value: string | undefined) =>
  describeEnum(value, isKnownOutcome, OUTCOME_LABELS);
export const describeDirection = (value: string | undefined) =>
  describeEnum(value, isKnownDirection, DIRECTION_LABELS);
export const describeAnsweredBy = (value: string | undefined) =>
  describeEnum(value, isKnownAnsweredBy, ANSWERED_BY_LABELS);

export const DISPOSITION_CATEGORY_LABELS: Readonly<Record<DispositionCategory, string>> = {
  positive: 'Positive',
  negative: 'Negative',
  neutral: 'Neutral',
  not_answered: 'Not answered',
  cancelled: 'Cancelled',
};

export interface DispositionReference {
  name?: string;
  category?: string;
}

/** Dispositions by `id`; only `id` is a key, names are display text. */
export type DispositionLookup = ReadonlyMap<number, DispositionReference>;

/**
 * The contract's defaults, overlaid with the team's own list once it has loaded: categories show
 * at once for the defaults, and custom dispositions (ids above 14) join when they arrive.
 */
export function buildDispositionLookup(
  dispositions: readonly Disposition[] | undefined,
): DispositionLookup {
  const lookup = new Map<number, DispositionReference>();
  for (const item of DEFAULT_DISPOSITIONS) lookup.set(item.id, item);
  for (const item of dispositions ?? []) lookup.set(item.id, item);
  return lookup;
}

export interface DispositionDisplay {
  name: string;
  /** A category the contract knows, or undefined: then `categoryLabel` says what is known. */
  category: DispositionCategory | undefined;
  categoryLabel: string;
}

export function describeDisposition(
  disposition: CallDisposition | undefined,
  lookup: DispositionLookup,
): DispositionDisplay | undefined {
  if (!disposition) return undefined;
  const id = disposition.internal_id;
  const reference = id === undefined ? undefined : lookup.get(id);
  const fallbackKey = id ?? clean(disposition.external_id);
  const name =
    clean(disposition.external_name) ??
    clean(reference?.name) ??
    (fallbackKey === undefined ? undefined : `Disposition ${fallbackKey}`);
  if (name === undefined) return undefined;
  const category = reference?.category;
  if (isKnownDispositionCategory(category)) {
    return { name, category, categoryLabel: DISPOSITION_CATEGORY_LABELS[category] };
  }
  return { name, category: undefined, categoryLabel: clean(category) ?? 'Category unknown' };
}

/** Notes longer than this (or on several lines) are cut to one line with a "Show more". */
export const NOTES_PREVIEW_LENGTH = 60;

export function isLongNote(notes: string): boolean {
  return notes.length > NOTES_PREVIEW_LENGTH || notes.includes('\n');
}
