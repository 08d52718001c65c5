/**
 * The Salesfinity client API contract as code (`../shared/api/salesfinity-api.md`): the vocabulary
 * shared by the simulator, the proxy's allowlist and the client. Only constants live here; each side
 * validates with its own logic.
 */

export const DEFAULT_API_URL = 'https://client-api.salesfinity.co';

export const OUTCOMES = ['answered', 'no-answer', 'cancelled'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ANSWERED_BY = ['human', 'machine_start'] as const;
export type AnsweredBy = (typeof ANSWERED_BY)[number];

export const DISPOSITION_CATEGORIES = [
  'positive',
  'negative',
  'neutral',
  'not_answered',
  'cancelled',
] as const;
export type DispositionCategory = (typeof DISPOSITION_CATEGORIES)[number];

export interface DefaultDisposition {
  id: number;
  name: string;
  category: DispositionCategory;
}

export const DEFAULT_DISPOSITIONS: readonly DefaultDisposition[] = [
  { id: 1, name: 'Answered - Meeting Set', category: 'positive' },
  { id: 2, name: 'Answered - No Longer with Company', category: 'neutral' },
  { id: 3, name: 'Answered - Not Interested', category: 'negative' },
  { id: 4, name: 'Answered - Referral', category: 'positive' },
  { id: 5, name: 'Answered - Wrong Contact', category: 'neutral' },
  { id: 6, name: 'Answered - Call back later', category: 'positive' },
  { id: 7, name: 'Answered - Reach out in 6 months', category: 'positive' },
  { id: 8, name: 'Answered - Send an email', category: 'positive' },
  { id: 9, name: 'Answered - Do not call again', category: 'negative' },
  { id: 10, name: 'No Answer', category: 'not_answered' },
  { id: 11, name: 'Left Voicemail', category: 'not_answered' },
  { id: 12, name: 'Gatekeeper', category: 'not_answered' },
  { id: 13, name: 'Bad Number', category: 'not_answered' },
  { id: 14, name: 'Cancelled', category: 'cancelled' },
];

/** Salesfinity's analytics definitions (contract, "Definitions"). */
export const CONNECTED_DISPOSITION_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export const MEETING_SET_DISPOSITION_ID = 1;
export const CONVERSATION_MIN_SECONDS = 60;

/** Sort fields of `GET /v1/call-log`: the two documented ones and the three the project adds. */
export const CALL_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'started_at',
  'ended_at',
  'duration',
] as const;
export type CallSortField = (typeof CALL_SORT_FIELDS)[number];
export const DEFAULT_CALL_SORT = '-createdAt';

export const CALL_LOG_DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** Scalar filters of `GET /v1/call-log`, written `filters[<name>]=value`. */
export const CALL_SCALAR_FILTERS = [
  'start_date',
  'end_date',
  'outcome',
  'direction',
  'min_duration',
  'max_duration',
  'has_recording',
  'answered_by',
  'is_completed',
  'exclude_negative_dispositions',
  'search',
] as const;
export type CallScalarFilter = (typeof CALL_SCALAR_FILTERS)[number];

/** Array filters of `GET /v1/call-log`, written `filters[<name>][]=value` (repeated). */
export const CALL_ARRAY_FILTERS = [
  'disposition_ids',
  'user_ids',
  'contact_list_ids',
  'sequences',
  'from',
  'to',
] as const;
export type CallArrayFilter = (typeof CALL_ARRAY_FILTERS)[number];

/**
 * The endpoints the dashboard reads, as path patterns below `/v1`. The proxy forwards these and
 * nothing else. `:id` matches one path segment of safe characters.
 */
export const READABLE_ENDPOINTS = [
  'call-log',
  'call-log/:id',
  'dispositions',
  'team',
  'sequences',
  'sequences/:id',
  'contact-lists',
  'analytics/overview',
  'analytics/sdr-performance',
  'analytics/list-performance',
  'scored-calls',
] as const;
export type ReadableEndpoint = (typeof READABLE_ENDPOINTS)[number];

/** Sort fields of `GET /v1/scored-calls` (documented; the project adds no other). */
export const SCORED_CALL_SORT_FIELDS = ['createdAt', 'updatedAt'] as const;
export type ScoredCallSortField = (typeof SCORED_CALL_SORT_FIELDS)[number];
export const DEFAULT_SCORED_CALL_SORT = '-createdAt';

/** `min_score`, `max_score` and every score of `insight` lie in this range, inclusive. */
export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

/** The six weighted facets of `insight.facets`, in the order Salesfinity documents them. */
export const SCORE_FACETS = [
  'intro',
  'discovery',
  'pitch',
  'tonality',
  'objection_handling',
  'cta',
] as const;
export type ScoreFacet = (typeof SCORE_FACETS)[number];

/**
 * Which calls Salesfinity scores (contract, "scored-calls"): connected calls with a transcript that
 * last at least this long.
 */
export const MIN_SCORED_CALL_SECONDS = 30;
