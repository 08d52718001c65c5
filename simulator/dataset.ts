import { ANSWERED_BY, CALL_SORT_FIELDS, DIRECTIONS, OUTCOMES } from '../contract/salesfinity.ts';
import type { CallSortField } from '../contract/salesfinity.ts';
import {
  assignRepWork,
  buildContacts,
  buildDispositions,
  buildLists,
  buildReps,
  buildSequences,
  contactPoolSize,
  secondsOf,
} from './entities.ts';
import type { Contact, ContactList, Disposition, Rep, Sequence, Team } from './entities.ts';
import { ID_KIND, objectId } from './ids.ts';
import { Random, cumulativeWeights, hash32, saltOf } from './prng.ts';
import { sortOrderOf, sortOrderOfDurations } from './sort-order.ts';
import type { SortOrder } from './sort-order.ts';
import { DAY_MS, timeZoneOffsetMs } from './time-zones.ts';
import { IANA_ZONE, TEAM_NAMES, US_ZONES } from './vocabulary.ts';

/**
 * The simulated Salesfinity account. Calls are stored column by column in typed arrays so a
 * million of them fit in tens of megabytes and a query is a tight loop over numbers; only the rows
 * a response returns are ever turned into objects (see call-record.ts).
 */

export const WINDOW_DAYS = 90;

/** Code of an absent value in the Uint8 enum columns. */
export const NONE = 255;

/** The one field a few records lack (the real service returns such records). */
export const MISSING = {
  none: 0,
  call_id: 1,
  outcome: 2,
  answered_by: 3,
  duration: 4,
  started_at: 5,
  ended_at: 6,
  direction: 7,
  disposition: 8,
  is_completed: 9,
  to: 10,
  contact: 11,
  createdAt: 12,
  updatedAt: 13,
} as const;
const MISSING_FIELD_COUNT = 13;
const MISSING_FIELD_SHARE = 0.015;

/** Bits of `CallColumns.flags`. */
export const FLAG = {
  recording: 1,
  transcript: 2,
  summary: 4,
  notes: 8,
  /** Without a recording, `recording_url` is absent rather than "" (both occur). */
  recordingUrlAbsent: 16,
} as const;

export const OUTCOME_CODE = codesOf(OUTCOMES);
export const DIRECTION_CODE = codesOf(DIRECTIONS);
export const ANSWERED_BY_CODE = codesOf(ANSWERED_BY);

function codesOf<T extends string>(values: readonly T[]): Record<T, number> {
  return Object.fromEntries(values.map((value, code) => [value, code])) as Record<T, number>;
}

/** One entry per call in every array; index order is createdAt order (and so `_id` order). */
export interface CallColumns {
  count: number;
  /** NaN when the field is missing (also below for the other times). */
  startedAt: Float64Array;
  endedAt: Float64Array;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  /** Seconds of the real creation time, kept even when `createdAt` is missing: it is in `_id`. */
  idSeconds: Uint32Array;
  /** Seconds; -1 when missing. */
  duration: Int32Array;
  outcome: Uint8Array;
  direction: Uint8Array;
  answeredBy: Uint8Array;
  /** Disposition id; 0 when missing. */
  disposition: Uint8Array;
  rep: Uint8Array;
  /** -1 when missing. */
  contact: Int32Array;
  /** -1 when the call has no list. */
  list: Int16Array;
  /** -1 when the call has no sequence. */
  sequence: Int8Array;
  /** Indexes into `Dataset.phones`; -1 when missing. */
  toPhone: Int32Array;
  fromPhone: Int32Array;
  /** 1 true, 0 false, NONE missing. */
  completed: Uint8Array;
  flags: Uint8Array;
  missing: Uint8Array;
}

export interface Dataset {
  seed: number;
  nowMs: number;
  windowStartMs: number;
  team: Team;
  reps: Rep[];
  contacts: Contact[];
  lists: ContactList[];
  sequences: Sequence[];
  dispositions: Disposition[];
  /** Indexed by disposition id. */
  dispositionById: (Disposition | undefined)[];
  phones: string[];
  phoneDigits: string[];
  calls: CallColumns;
  sortOrders: Record<CallSortField, SortOrder>;
}

export interface DatasetOptions {
  calls: number;
  seed: number;
  now: Date;
}

export const MAX_CALLS = 5_000_000;

export function generateDataset({ calls: count, seed, now }: DatasetOptions): Dataset {
  if (!Number.isInteger(count) || count < 0 || count > MAX_CALLS) {
    throw new Error(`calls must be an integer from 0 to ${MAX_CALLS}`);
  }
  const nowMs = Math.floor(now.getTime());
  const windowStartMs = nowMs - WINDOW_DAYS * DAY_MS;
  const rng = new Random(hash32(seed, saltOf('dataset')));

  const dispositions = buildDispositions(seed, windowStartMs);
  const dispositionById: (Disposition | undefined)[] = [];
  for (const disposition of dispositions) dispositionById[disposition.id] = disposition;

  const team: Team = {
    _id: objectId(seed, ID_KIND.team, secondsOf(windowStartMs - 400 * DAY_MS), 0),
    name: rng.pick(TEAM_NAMES),
  };
  const phones: string[] = [];
  const reps = buildReps(rng, seed, team, phones, nowMs, windowStartMs);
  const sequences = buildSequences(rng);
  const lists = buildLists(rng, seed, reps, windowStartMs);
  const contacts = buildContacts(rng, seed, lists, phones, contactPoolSize(count), windowStartMs);
  assignRepWork(rng, reps, lists, sequences);

  const calls = generateCalls(rng, count, { seed, reps, contacts, lists, nowMs, windowStartMs });
  applyMissingFields(new Random(hash32(seed, saltOf('missing'))), calls);
  summariseSequences(calls, sequences);

  const sortOrders = {} as Record<CallSortField, SortOrder>;
  for (const field of CALL_SORT_FIELDS) {
    sortOrders[field] =
      field === 'duration'
        ? sortOrderOfDurations(calls.duration)
        : sortOrderOf(timesOf(calls, field));
  }

  return {
    seed,
    nowMs,
    windowStartMs,
    team,
    reps,
    contacts,
    lists,
    sequences,
    dispositions,
    dispositionById,
    phones,
    phoneDigits: phones.map(digitsOf),
    calls,
    sortOrders,
  };
}

export function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}

// Parallel-dialer outcome mix for outbound calls (cumulative thresholds).
const P_CANCELLED = 0.03;
const P_NO_ANSWER = P_CANCELLED + 0.5;
const P_MACHINE = P_NO_ANSWER + 0.32;
const P_GATEKEEPER = P_MACHINE + 0.05;
const P_INBOUND = 0.025;

/** Disposition ids of a human conversation (the rest of the connects), with their weights. */
const CONNECT_DISPOSITIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16] as const;
const CONNECT_WEIGHTS = cumulativeWeights([7, 5, 24, 5, 7, 16, 8, 14, 4, 4, 6]);
const INBOUND_DISPOSITIONS = [6, 8, 1, 3, 4, 7] as const;
const INBOUND_WEIGHTS = cumulativeWeights([30, 20, 15, 15, 10, 10]);

/** Local half-hour slots from 08:00 to 18:00: a morning peak, a lunch dip, an afternoon peak. */
const SLOT_WEIGHTS = cumulativeWeights([
  0.5, 0.8, 1.0, 1.1, 1.2, 1.2, 1.1, 0.9, 0.5, 0.4, 0.6, 0.9, 1.0, 1.1, 1.1, 1.0, 0.9, 0.7, 0.5,
  0.3,
]);
const BUSINESS_START_SECONDS = 8 * 3600;

function conversationSeconds(rng: Random, disposition: number): number {
  switch (disposition) {
    case 1:
    case 15:
      return Math.round(rng.logNormal(420, 0.5, 150, 1200));
    case 2:
    case 5:
      return Math.round(rng.logNormal(30, 0.5, 8, 200));
    case 3:
    case 9:
      return Math.round(rng.logNormal(50, 0.6, 8, 400));
    default:
      return Math.round(rng.logNormal(150, 0.6, 40, 900));
  }
}

interface CallContext {
  seed: number;
  reps: Rep[];
  contacts: Contact[];
  lists: ContactList[];
  nowMs: number;
  windowStartMs: number;
}

/**
 * Two passes. The first draws what decides a call's place in time (rep, shape, duration, start);
 * the calls are then renumbered by creation time so index order is `_id` order and tie-breaks
 * need no strings. The second pass draws everything else directly in final order, which spares
 * permuting a dozen more columns.
 */
function generateCalls(rng: Random, count: number, context: CallContext): CallColumns {
  const shapes = drawCallShapes(rng, count, context);
  const createdTrue = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    createdTrue[i] = (shapes.started[i] ?? 0) + (shapes.duration[i] ?? 0) * 1000;
  }
  const byCreation = sortOrderOf(createdTrue).order;

  const columns: CallColumns = {
    count,
    startedAt: permuteFloat64(shapes.started, byCreation),
    endedAt: new Float64Array(count),
    createdAt: new Float64Array(count),
    updatedAt: new Float64Array(count),
    idSeconds: new Uint32Array(count),
    duration: permuteInt32(shapes.duration, byCreation),
    outcome: permuteUint8(shapes.outcome, byCreation),
    direction: permuteUint8(shapes.direction, byCreation),
    answeredBy: permuteUint8(shapes.answeredBy, byCreation),
    disposition: permuteUint8(shapes.disposition, byCreation),
    rep: permuteUint8(shapes.rep, byCreation),
    contact: new Int32Array(count),
    list: new Int16Array(count),
    sequence: new Int8Array(count),
    toPhone: new Int32Array(count),
    fromPhone: new Int32Array(count),
    completed: new Uint8Array(count),
    flags: new Uint8Array(count),
    missing: new Uint8Array(count),
  };
  for (let i = 0; i < count; i++) {
    const created = createdTrue[byCreation[i] ?? 0] ?? 0;
    columns.endedAt[i] = created;
    columns.createdAt[i] = created;
    columns.idSeconds[i] = secondsOf(created);
  }
  drawCallDetails(new Random(hash32(context.seed, saltOf('call-details'))), columns, context);
  return columns;
}

interface CallShapes {
  started: Float64Array;
  duration: Int32Array;
  outcome: Uint8Array;
  direction: Uint8Array;
  answeredBy: Uint8Array;
  disposition: Uint8Array;
  rep: Uint8Array;
}

function drawCallShapes(rng: Random, count: number, context: CallContext): CallShapes {
  const { reps, nowMs, windowStartMs } = context;
  const repWeights = cumulativeWeights(reps.map(() => 0.6 + rng.next() * 0.8));
  const repZone = Uint8Array.from(reps, (rep) => US_ZONES.indexOf(rep.zone));
  const repLastActive = Float64Array.from(reps, (rep) => rep.lastActiveMs);

  // Calendar days that can hold business hours inside the window, weekdays far heavier.
  const firstDay = Math.floor(windowStartMs / DAY_MS) * DAY_MS - DAY_MS;
  const dayCount = Math.floor((nowMs - firstDay) / DAY_MS) + 1;
  const dayStarts = new Float64Array(dayCount);
  const dayWeights: number[] = [];
  for (let d = 0; d < dayCount; d++) {
    const dayStart = firstDay + d * DAY_MS;
    dayStarts[d] = dayStart;
    const weekday = new Date(dayStart).getUTCDay();
    // A team that grows a little over the quarter.
    const trend = 0.85 + (0.3 * d) / dayCount;
    dayWeights.push(weekday === 0 ? 0.03 : weekday === 6 ? 0.06 : trend);
  }
  const dayCumulative = cumulativeWeights(dayWeights);
  // DST moves at 02:00, so the offset at local noon holds for all business hours of a day.
  const offsets = US_ZONES.map((zone) =>
    Float64Array.from(dayStarts, (dayStart) =>
      timeZoneOffsetMs(IANA_ZONE[zone], dayStart + 12 * 3600 * 1000),
    ),
  );

  const shapes: CallShapes = {
    started: new Float64Array(count),
    duration: new Int32Array(count),
    outcome: new Uint8Array(count),
    direction: new Uint8Array(count),
    answeredBy: new Uint8Array(count),
    disposition: new Uint8Array(count),
    rep: new Uint8Array(count),
  };
  for (let i = 0; i < count; i++) {
    const repIndex = rng.weighted(repWeights);
    shapes.rep[i] = repIndex;
    const isInbound = rng.chance(P_INBOUND);
    shapes.direction[i] = isInbound ? DIRECTION_CODE.inbound : DIRECTION_CODE.outbound;

    let seconds: number;
    let dispositionId: number;
    let outcomeCode: number = OUTCOME_CODE.answered;
    let answeredByCode: number = NONE;
    if (isInbound) {
      if (rng.chance(0.7)) {
        answeredByCode = ANSWERED_BY_CODE.human;
        dispositionId = INBOUND_DISPOSITIONS[rng.weighted(INBOUND_WEIGHTS)] ?? 6;
        seconds = conversationSeconds(rng, dispositionId);
      } else {
        outcomeCode = OUTCOME_CODE['no-answer'];
        dispositionId = 10;
        seconds = rng.between(5, 25);
      }
    } else {
      const u = rng.next();
      if (u < P_CANCELLED) {
        outcomeCode = OUTCOME_CODE.cancelled;
        dispositionId = 14;
        seconds = rng.between(0, 3);
      } else if (u < P_NO_ANSWER) {
        outcomeCode = OUTCOME_CODE['no-answer'];
        const v = rng.next();
        dispositionId = v < 0.87 ? 10 : v < 0.97 ? 13 : 17;
        seconds =
          dispositionId === 10
            ? rng.between(15, 40)
            : dispositionId === 13
              ? rng.between(0, 5)
              : rng.between(3, 12);
      } else if (u < P_MACHINE) {
        answeredByCode = ANSWERED_BY_CODE.machine_start;
        // Usually a voicemail drop; sometimes the dialer hangs up on the machine.
        dispositionId = rng.chance(0.85) ? 11 : 10;
        seconds = dispositionId === 11 ? rng.between(12, 40) : rng.between(2, 8);
      } else if (u < P_GATEKEEPER) {
        answeredByCode = ANSWERED_BY_CODE.human;
        dispositionId = 12;
        seconds = Math.round(rng.logNormal(45, 0.5, 10, 180));
      } else {
        answeredByCode = ANSWERED_BY_CODE.human;
        dispositionId = CONNECT_DISPOSITIONS[rng.weighted(CONNECT_WEIGHTS)] ?? 3;
        seconds = conversationSeconds(rng, dispositionId);
      }
    }
    shapes.outcome[i] = outcomeCode;
    shapes.answeredBy[i] = answeredByCode;
    shapes.disposition[i] = dispositionId;
    shapes.duration[i] = seconds;

    // When: a business-hours moment in the rep's zone, inside the window and not in the future.
    const durationMs = seconds * 1000;
    const zoneOffsets = offsets[repZone[repIndex] ?? 0] ?? dayStarts;
    const lastActive = repLastActive[repIndex] ?? nowMs;
    let start = NaN;
    for (let attempt = 0; attempt < 40; attempt++) {
      const day = rng.weighted(dayCumulative);
      const slot = rng.weighted(SLOT_WEIGHTS);
      const localSeconds = BUSINESS_START_SECONDS + slot * 1800 + rng.next() * 1800;
      const candidate = Math.floor(
        (dayStarts[day] ?? 0) + localSeconds * 1000 - (zoneOffsets[day] ?? 0),
      );
      if (
        candidate >= windowStartMs &&
        candidate + durationMs <= nowMs &&
        candidate <= lastActive
      ) {
        start = candidate;
        break;
      }
    }
    // Only reachable when `now` leaves almost no business hours in reach.
    if (Number.isNaN(start)) {
      start = Math.floor(
        windowStartMs + rng.next() * Math.max(0, nowMs - windowStartMs - durationMs),
      );
    }
    shapes.started[i] = start;
  }
  return shapes;
}

function drawCallDetails(rng: Random, columns: CallColumns, context: CallContext): void {
  const { reps, contacts, lists, nowMs } = context;
  // Flat copies of what the loop reads: chasing a million pointers into contact objects
  // scattered over the heap costs more than everything else here together.
  const firstPhone = Int32Array.from(contacts, (c) => c.phoneIndexes[0] ?? 0);
  const phoneCount = Uint8Array.from(contacts, (c) => c.phoneIndexes.length);
  const listStart = Int32Array.from(lists, (l) => l.contactStart);
  const listSize = Int32Array.from(lists, (l) => l.contactEnd - l.contactStart);
  const contactCount = contacts.length;

  for (let i = 0; i < columns.count; i++) {
    const caller = reps[columns.rep[i] ?? 0] as Rep;
    const isInbound = columns.direction[i] === DIRECTION_CODE.inbound;
    const seconds = columns.duration[i] ?? 0;
    const dispositionId = columns.disposition[i] ?? 0;
    const answeredByCode = columns.answeredBy[i] ?? NONE;

    let contactIndex: number;
    let listIndex = -1;
    let sequenceIndex = -1;
    if (!isInbound && rng.chance(0.93)) {
      listIndex = rng.pick(caller.listIndexes);
      contactIndex = (listStart[listIndex] ?? 0) + rng.int(listSize[listIndex] ?? 1);
      if (rng.chance(0.65)) sequenceIndex = rng.pick(caller.sequenceIndexes);
    } else {
      contactIndex = rng.int(contactCount);
    }
    const phones = phoneCount[contactIndex] ?? 1;
    const contactPhone =
      (firstPhone[contactIndex] ?? 0) + (phones > 1 && rng.chance(0.3) ? rng.int(phones) : 0);
    const repPhone = rng.pick(caller.callerIds);
    columns.contact[i] = contactIndex;
    columns.list[i] = listIndex;
    columns.sequence[i] = sequenceIndex;
    columns.toPhone[i] = isInbound ? repPhone : contactPhone;
    columns.fromPhone[i] = isInbound ? contactPhone : repPhone;

    // Saved at hang-up; a later edit (notes, disposition, AI summary) bumps updatedAt.
    const w = rng.next();
    const updatedDelta =
      w < 0.7
        ? rng.int(3000)
        : w < 0.95
          ? 10_000 + rng.int(30 * 60_000)
          : 3_600_000 + rng.int(3 * DAY_MS);
    columns.updatedAt[i] = Math.min(nowMs, (columns.createdAt[i] ?? 0) + updatedDelta);

    const isAnswered = columns.outcome[i] === OUTCOME_CODE.answered;
    let flag = 0;
    if (isAnswered && seconds > 0 && rng.chance(0.93)) flag |= FLAG.recording;
    else if (rng.chance(0.4)) flag |= FLAG.recordingUrlAbsent;
    const isConversation =
      isAnswered && answeredByCode === ANSWERED_BY_CODE.human && dispositionId !== 12;
    if (isConversation && flag & FLAG.recording) {
      flag |= FLAG.transcript;
      if (rng.chance(0.9)) flag |= FLAG.summary;
    }
    const notesChance = isConversation
      ? 0.75
      : dispositionId === 12
        ? 0.5
        : dispositionId === 11
          ? 0.25
          : 0.03;
    if (rng.chance(notesChance)) flag |= FLAG.notes;
    columns.flags[i] = flag;
    columns.completed[i] = rng.chance(0.97) ? 1 : 0;
  }
}

// One gather loop per element type keeps each loop monomorphic (a generic one is 3× slower).
function permuteFloat64(source: Float64Array, order: Int32Array): Float64Array {
  const target = new Float64Array(source.length);
  for (let i = 0; i < order.length; i++) target[i] = source[order[i] ?? 0] ?? 0;
  return target;
}

function permuteInt32(source: Int32Array, order: Int32Array): Int32Array {
  const target = new Int32Array(source.length);
  for (let i = 0; i < order.length; i++) target[i] = source[order[i] ?? 0] ?? 0;
  return target;
}

function permuteUint8(source: Uint8Array, order: Int32Array): Uint8Array {
  const target = new Uint8Array(source.length);
  for (let i = 0; i < order.length; i++) target[i] = source[order[i] ?? 0] ?? 0;
  return target;
}

/** Blanks one field on ~1.5% of records, writing the "missing" sentinel into its column. */
function applyMissingFields(rng: Random, calls: CallColumns): void {
  for (let i = 0; i < calls.count; i++) {
    if (!rng.chance(MISSING_FIELD_SHARE)) continue;
    const field = 1 + rng.int(MISSING_FIELD_COUNT);
    calls.missing[i] = field;
    switch (field) {
      case MISSING.outcome:
        calls.outcome[i] = NONE;
        break;
      case MISSING.answered_by:
        calls.answeredBy[i] = NONE;
        break;
      case MISSING.duration:
        calls.duration[i] = -1;
        break;
      case MISSING.started_at:
        calls.startedAt[i] = NaN;
        break;
      case MISSING.ended_at:
        calls.endedAt[i] = NaN;
        break;
      case MISSING.direction:
        calls.direction[i] = NONE;
        break;
      case MISSING.disposition:
        calls.disposition[i] = 0;
        break;
      case MISSING.is_completed:
        calls.completed[i] = NONE;
        break;
      case MISSING.to:
        calls.toPhone[i] = -1;
        break;
      case MISSING.contact:
        calls.contact[i] = -1;
        break;
      case MISSING.createdAt:
        calls.createdAt[i] = NaN;
        break;
      case MISSING.updatedAt:
        calls.updatedAt[i] = NaN;
        break;
      default:
        break; // call_id: nothing to blank in the columns
    }
  }
}

/** The call's real length in seconds, even when its `duration` field is missing. */
export function trueDurationSeconds(calls: CallColumns, index: number): number {
  const duration = calls.duration[index] ?? -1;
  if (duration >= 0) return duration;
  // Only one field is ever missing, so both ends are there.
  return Math.round(((calls.endedAt[index] ?? 0) - (calls.startedAt[index] ?? 0)) / 1000);
}

function summariseSequences(calls: CallColumns, sequences: Sequence[]): void {
  for (let i = 0; i < calls.count; i++) {
    const sequence = sequences[calls.sequence[i] ?? -1];
    if (!sequence) continue;
    sequence.total_calls++;
    // Use the real start even when the record hides it: the service knows when it dialled.
    const start = calls.startedAt[i] ?? NaN;
    const startMs = Number.isNaN(start)
      ? (calls.endedAt[i] ?? 0) - trueDurationSeconds(calls, i) * 1000
      : start;
    if (sequence.firstUsedMs === null || startMs < sequence.firstUsedMs)
      sequence.firstUsedMs = startMs;
    if (sequence.lastUsedMs === null || startMs > sequence.lastUsedMs)
      sequence.lastUsedMs = startMs;
  }
}

function timesOf(calls: CallColumns, field: Exclude<CallSortField, 'duration'>): Float64Array {
  switch (field) {
    case 'createdAt':
      return calls.createdAt;
    case 'updatedAt':
      return calls.updatedAt;
    case 'started_at':
      return calls.startedAt;
    case 'ended_at':
      return calls.endedAt;
  }
}
