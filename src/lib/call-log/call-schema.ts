import { z } from 'zod/mini';
import { ANSWERED_BY, DIRECTIONS, OUTCOMES } from '@contract/salesfinity';
import type { AnsweredBy, Direction, Outcome } from '@contract/salesfinity';
import {
  dateTimeString,
  httpUrlString,
  idString,
  isOneOf,
  lenient,
  lenientArray,
  nonBlankString,
  nonNegativeInt,
  nonNegativeNumber,
} from '@/lib/lenient-schema';

const text = lenient(z.string());
/** Outcome, direction, answered_by and friends: kept as received, known or not. */
const enumText = lenient(nonBlankString);

const phoneNumberSchema = z.object({
  type: enumText,
  // An entry without a number has nothing to show or dial.
  number: nonBlankString,
});

const dispositionSchema = z.object({
  internal_id: lenient(nonNegativeInt),
  external_id: text,
  external_name: text,
});

const contactSchema = z.object({
  _id: text,
  first_name: text,
  last_name: text,
  company: text,
  email: text,
  title: text,
  // Free text such as "ET" (contract, quirk 3), not an IANA zone.
  timezone: text,
  phone_numbers: lenientArray(phoneNumberSchema),
});

const contactListSchema = z.object({
  _id: text,
  name: text,
});

const userSchema = z.object({
  _id: text,
  first_name: text,
  last_name: text,
  email: text,
});

/**
 * One call as the real service may send it: only `_id` is required (a row needs a key); every other
 * field that is missing, null or of the wrong type is undefined, and unknown fields are stripped.
 */
export const callSchema = z.object({
  _id: idString,
  call_id: text,
  outcome: enumText,
  direction: enumText,
  answered_by: enumText,
  duration: lenient(nonNegativeNumber),
  // Not normalised: "(555) 123-4567", "15551234567" and "+14155552671" all occur.
  to: text,
  from: text,
  disposition: lenient(dispositionSchema),
  contact: lenient(contactSchema),
  contact_list: lenient(contactListSchema),
  user: lenient(userSchema),
  recording_url: lenient(httpUrlString),
  notes: text,
  transcription: text,
  summary: text,
  is_completed: lenient(z.boolean()),
  started_at: lenient(dateTimeString),
  ended_at: lenient(dateTimeString),
  createdAt: lenient(dateTimeString),
  updatedAt: lenient(dateTimeString),
});

export type Call = z.infer<typeof callSchema>;
export type CallDisposition = NonNullable<Call['disposition']>;
export type CallContact = NonNullable<Call['contact']>;
export type CallContactList = NonNullable<Call['contact_list']>;
export type CallUser = NonNullable<Call['user']>;
export type PhoneNumber = NonNullable<CallContact['phone_numbers']>[number];

/** The call, or undefined when it cannot be a row (not an object, or no usable `_id`). */
export function parseCall(input: unknown): Call | undefined {
  const result = callSchema.safeParse(input);
  return result.success ? result.data : undefined;
}

/** True for the contract's values; false for a value the service sent that the contract lacks. */
export function isKnownOutcome(value: string | undefined): value is Outcome {
  return isOneOf(OUTCOMES, value);
}

export function isKnownDirection(value: string | undefined): value is Direction {
  return isOneOf(DIRECTIONS, value);
}

export function isKnownAnsweredBy(value: string | undefined): value is AnsweredBy {
  return isOneOf(ANSWERED_BY, value);
}
