import type { CallLogQuery, CallSort } from '@/lib/call-log/call-log-query';

/**
 * URL keys that only the dashboard reads; they never reach the API. To add one: add it here, give
 * it a parameter in `UI_PARAMS` (`calls-view-params.ts`, the compiler insists), and a setter helper
 * if the UI needs one. Parsing, serialising and the hook pick it up from there.
 */
export interface CallsUiState {
  /** The open call's `_id`. */
  call?: string;
  /** Playback offset in seconds; only kept together with `call`. */
  t?: number;
}

/** Everything the calls page shows, and all of it lives in the URL. */
export interface CallsView extends CallLogQuery, CallsUiState {}

// The dashboard's own defaults, not the API's (limit 10, `-createdAt`): the API request always
// carries page, limit and sort explicitly, so the two never get mixed up.
export const DEFAULT_PAGE = 1;
export const DEFAULT_LIMIT = 50;
export const DEFAULT_SORT: CallSort = Object.freeze({ field: 'started_at', direction: 'desc' });

/** What the page-size menu offers; a URL may still carry any limit the contract allows (1–100). */
export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100] as const;

/**
 * The API accepts any page ≥ 1, but a page past a million is a typo, not a destination (at
 * limit 1 that is already the millionth call), and keeping it bounded keeps it a safe integer.
 */
export const MAX_PAGE = 1_000_000;

/** Durations and playback offsets above this are garbage: no call lasts 11 days. */
export const MAX_SECONDS = 1_000_000;

/** Keeps one request (and one shared link) a sane size: 50 ids of 24 hex are ≈ 2.7 kB. */
export const MAX_ARRAY_VALUES = 50;

export const MAX_SEARCH_LENGTH = 200;

/** Longer than any formatted phone number (E.164 has at most 15 digits). */
export const MAX_PHONE_LENGTH = 40;

/** Ids we accept for users, contact lists, sequences and the open call. */
export const MAX_ID_LENGTH = 64;

/** Frozen: every helper returns a new view, and a stray mutation should fail loudly. */
export const DEFAULT_CALLS_VIEW: CallsView = Object.freeze({
  page: DEFAULT_PAGE,
  limit: DEFAULT_LIMIT,
  sort: DEFAULT_SORT,
  filters: Object.freeze({}),
});
