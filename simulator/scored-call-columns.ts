import { MIN_SCORED_CALL_SECONDS, SCORED_CALL_SORT_FIELDS } from '../contract/salesfinity.ts';
import type { ScoredCallSortField } from '../contract/salesfinity.ts';
import { transcriptNamesOf, transcriptPlanOfCall } from './call-record.ts';
import { MISSING_PART, facetScoresOf, missingPartOf, totalScoreOf } from './call-score.ts';
import type { ScoreInput } from './call-score.ts';
import { ANSWERED_BY_CODE, DIRECTION_CODE, FLAG, OUTCOME_CODE } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import { hash32, saltOf } from './prng.ts';
import { sortOrderOf } from './sort-order.ts';
import type { SortOrder } from './sort-order.ts';
import { transcriptFeatures } from './transcript.ts';

/**
 * The scored calls as typed-array columns, built once with the dataset: only what filters and
 * sorts read (times, total score, rep). Everything else of a record is computed again, from the
 * same transcript plan, for the rows a response returns.
 */
export interface ScoredCalls {
  count: number;
  /** Call index of each score, in `_id` order (creation second, then call index). */
  call: Int32Array;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  /** 0–100; -1 when the record has no `insight.total_score`. */
  total: Int8Array;
  rep: Uint8Array;
  /** Positions ordered by each sort field, ties by position (= `_id`). */
  sortOrders: Record<ScoredCallSortField, SortOrder>;
}

/** Share of the eligible calls that have a score. */
export const SCORED_SHARE = 0.7;
const MIN_DELAY_MS = 2 * 60_000;
const DELAY_SPAN_MS = 13 * 60_000;
const DAY_MS = 86_400_000;
const RESCORED_SHARE = 0.2;
const BATCH_HOUR_MS = 2 * 3_600_000;

/**
 * Whether call `index` is eligible for a score, read from what its record shows: answered by a
 * human, disposition 1–9, a transcript, a duration of at least 30 s and an `ended_at`. A record
 * missing any of these is never scored, so every score can be found by the contract's lookup.
 */
export function isScoreEligible(dataset: Pick<Dataset, 'calls'>, index: number): boolean {
  const { calls } = dataset;
  const disposition = calls.disposition[index] ?? 0;
  return (
    calls.outcome[index] === OUTCOME_CODE.answered &&
    calls.answeredBy[index] === ANSWERED_BY_CODE.human &&
    disposition >= 1 &&
    disposition <= 9 &&
    ((calls.flags[index] ?? 0) & FLAG.transcript) !== 0 &&
    (calls.duration[index] ?? -1) >= MIN_SCORED_CALL_SECONDS &&
    !Number.isNaN(calls.endedAt[index] ?? NaN)
  );
}

const unit = (...parts: number[]) => hash32(...parts) / 4294967296;

/** When the score was created: 2–15 minutes after the call ended. */
export function scoreCreatedAtOf(dataset: Pick<Dataset, 'seed' | 'calls'>, index: number): number {
  const ended = dataset.calls.endedAt[index] ?? NaN;
  return Math.floor(
    ended + MIN_DELAY_MS + unit(dataset.seed, index, saltOf('score-delay')) * DELAY_SPAN_MS,
  );
}

/**
 * Most scores are never touched again; about one in five is re-scored by a nightly batch at
 * 02:00 UTC one or two nights later (so many share an updatedAt). A batch after now has not run.
 */
function scoreUpdatedAtOf(seed: number, index: number, createdAt: number, nowMs: number): number {
  const u = unit(seed, index, saltOf('score-updated'));
  if (u >= RESCORED_SHARE) return createdAt;
  const nights = u < RESCORED_SHARE / 2 ? 1 : 2;
  const batch = (Math.floor(createdAt / DAY_MS) + nights) * DAY_MS + BATCH_HOUR_MS;
  return batch <= nowMs ? batch : createdAt;
}

/** The inputs of call `index`'s score, from its transcript plan. */
export function scoreInputOf(
  dataset: Pick<Dataset, 'seed' | 'calls' | 'reps' | 'contacts' | 'team'>,
  index: number,
): ScoreInput {
  const { calls } = dataset;
  const plan = transcriptPlanOfCall(dataset, index);
  return {
    seed: dataset.seed,
    index,
    dispositionId: calls.disposition[index] ?? 0,
    seconds: calls.duration[index] ?? 0,
    isInbound: calls.direction[index] === DIRECTION_CODE.inbound,
    plan,
    features: transcriptFeatures(plan, transcriptNamesOf(dataset, index)),
  };
}

export function buildScoredCalls(dataset: Dataset): ScoredCalls {
  const { calls, seed, nowMs } = dataset;
  const picked: number[] = [];
  const created: number[] = [];
  for (let i = 0; i < calls.count; i++) {
    if (!isScoreEligible(dataset, i)) continue;
    if (unit(seed, i, saltOf('scored')) >= SCORED_SHARE) continue;
    const createdAt = scoreCreatedAtOf(dataset, i);
    // Scored a few minutes after the call: not yet, if that is after now.
    if (createdAt > nowMs) continue;
    picked.push(i);
    created.push(createdAt);
  }
  // `_id` order: creation second, then call index (the ObjectId's time and counter).
  const count = picked.length;
  const keys = new Float64Array(count);
  const firstSecond = Math.floor(dataset.windowStartMs / 1000) - DAY_MS / 1000;
  for (let k = 0; k < count; k++) {
    const second = Math.floor((created[k] ?? 0) / 1000) - firstSecond;
    keys[k] = second * (calls.count + 1) + (picked[k] ?? 0);
  }
  const byId = sortOrderOf(keys).order;

  const scored: ScoredCalls = {
    count,
    call: new Int32Array(count),
    createdAt: new Float64Array(count),
    updatedAt: new Float64Array(count),
    total: new Int8Array(count),
    rep: new Uint8Array(count),
    sortOrders: {} as Record<ScoredCallSortField, SortOrder>,
  };
  for (let position = 0; position < count; position++) {
    const k = byId[position] ?? 0;
    const index = picked[k] ?? 0;
    const createdAt = created[k] ?? 0;
    scored.call[position] = index;
    scored.createdAt[position] = createdAt;
    scored.updatedAt[position] = scoreUpdatedAtOf(seed, index, createdAt, nowMs);
    scored.rep[position] = calls.rep[index] ?? 0;
    scored.total[position] =
      missingPartOf(seed, index) === MISSING_PART.total_score
        ? -1
        : totalScoreOf(facetScoresOf(scoreInputOf(dataset, index)));
  }
  for (const field of SCORED_CALL_SORT_FIELDS) {
    scored.sortOrders[field] = sortOrderOf(
      field === 'createdAt' ? scored.createdAt : scored.updatedAt,
    );
  }
  return scored;
}
