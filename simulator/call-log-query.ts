import {
  ANSWERED_BY,
  CALL_LOG_DEFAULT_LIMIT,
  CALL_SORT_FIELDS,
  DEFAULT_CALL_SORT,
  DIRECTIONS,
  OUTCOMES,
} from '../contract/salesfinity.ts';
import type {
  AnsweredBy,
  CallArrayFilter,
  CallScalarFilter,
  CallSortField,
  Direction,
  Outcome,
} from '../contract/salesfinity.ts';
import { digitsOf } from './dataset.ts';
import { badRequest } from './http-error.ts';
import {
  instantOf,
  readBoolean,
  readDate,
  readEnum,
  readLimit,
  readList,
  readNonNegativeNumber,
  readPage,
  readPositiveIntegers,
  readScalar,
} from './query-params.ts';
import type { QueryParams } from './query-params.ts';

/** `GET /v1/call-log` parameters, validated and in the engine's terms. Absent = not filtered. */
export interface CallLogFilters {
  /** Inclusive bounds on started_at, in ms. */
  startMs?: number;
  endMs?: number;
  outcome?: Outcome;
  direction?: Direction;
  answeredBy?: AnsweredBy;
  minDuration?: number;
  maxDuration?: number;
  hasRecording?: boolean;
  isCompleted?: boolean;
  /** `exclude_negative_dispositions=true`: only positive-category dispositions remain. */
  positiveOnly?: boolean;
  dispositionIds?: number[];
  userIds?: string[];
  contactListIds?: string[];
  sequences?: string[];
  /** Digits of each `from` / `to` value. */
  fromDigits?: string[];
  toDigits?: string[];
  /** Trimmed, whitespace collapsed; empty means no search. */
  search?: string;
}

export interface CallSort {
  field: CallSortField;
  isDescending: boolean;
}

export interface CallLogQuery {
  page: number;
  limit: number;
  sort: CallSort;
  filters: CallLogFilters;
}

const filter = (name: CallScalarFilter | CallArrayFilter) => `filters[${name}]`;

export function parseSort(raw: string | undefined): CallSort {
  const value = raw ?? DEFAULT_CALL_SORT;
  const isDescending = value.startsWith('-');
  const name = isDescending ? value.slice(1) : value;
  const field = CALL_SORT_FIELDS.find((item) => item === name);
  if (!field) {
    throw badRequest(
      `sort must be one of ${CALL_SORT_FIELDS.join(', ')}, optionally prefixed with - for descending`,
    );
  }
  return { field, isDescending };
}

function readPhoneDigits(params: QueryParams, name: string): string[] | undefined {
  return readList(params, name)?.map((raw) => {
    const digits = digitsOf(raw);
    if (digits === '') throw badRequest(`${name} must contain only phone numbers (with digits)`);
    return digits;
  });
}

export function normaliseSearch(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/** Throws HttpError 400 naming the first parameter outside the contract. */
export function parseCallLogQuery(params: QueryParams): CallLogQuery {
  const page = readPage(params);
  const limit = readLimit(params, CALL_LOG_DEFAULT_LIMIT);
  const sort = parseSort(readScalar(params, 'sort'));
  const filters: CallLogFilters = {};

  const start = readDate(params, filter('start_date'));
  if (start) filters.startMs = instantOf(start, { isEnd: false, timeZone: 'UTC' });
  const end = readDate(params, filter('end_date'));
  if (end) filters.endMs = instantOf(end, { isEnd: true, timeZone: 'UTC' });

  const outcome = readEnum(params, filter('outcome'), OUTCOMES);
  if (outcome) filters.outcome = outcome;
  const direction = readEnum(params, filter('direction'), DIRECTIONS);
  if (direction) filters.direction = direction;
  const answeredBy = readEnum(params, filter('answered_by'), ANSWERED_BY);
  if (answeredBy) filters.answeredBy = answeredBy;

  const minDuration = readNonNegativeNumber(params, filter('min_duration'));
  if (minDuration !== undefined) filters.minDuration = minDuration;
  const maxDuration = readNonNegativeNumber(params, filter('max_duration'));
  if (maxDuration !== undefined) filters.maxDuration = maxDuration;

  const hasRecording = readBoolean(params, filter('has_recording'));
  if (hasRecording !== undefined) filters.hasRecording = hasRecording;
  const isCompleted = readBoolean(params, filter('is_completed'));
  if (isCompleted !== undefined) filters.isCompleted = isCompleted;
  // `false` means "do not exclude": the same as leaving it out.
  if (readBoolean(params, filter('exclude_negative_dispositions')) === true) {
    filters.positiveOnly = true;
  }

  const dispositionIds = readPositiveIntegers(params, filter('disposition_ids'));
  if (dispositionIds) filters.dispositionIds = dispositionIds;
  const userIds = readList(params, filter('user_ids'));
  if (userIds) filters.userIds = userIds;
  const contactListIds = readList(params, filter('contact_list_ids'));
  if (contactListIds) filters.contactListIds = contactListIds;
  const sequences = readList(params, filter('sequences'));
  if (sequences) filters.sequences = sequences;
  const fromDigits = readPhoneDigits(params, filter('from'));
  if (fromDigits) filters.fromDigits = fromDigits;
  const toDigits = readPhoneDigits(params, filter('to'));
  if (toDigits) filters.toDigits = toDigits;

  const search = readScalar(params, filter('search'));
  if (search !== undefined && normaliseSearch(search) !== '')
    filters.search = normaliseSearch(search);

  return { page, limit, sort, filters };
}
