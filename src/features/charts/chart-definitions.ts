import {
  CONNECTED_DISPOSITION_IDS,
  CONVERSATION_MIN_SECONDS,
  MEETING_SET_DISPOSITION_ID,
} from '@contract/salesfinity';
import type { CallLogFilters } from '@/lib/call-log/call-log-query';
import type { CountCondition, CountFormula } from './count-plan';

/**
 * What the charts count. Every bucket and KPI is a formula over call-log counts; bucket bounds are
 * whole seconds, as the API reports durations, and inclusive, as its duration filters are.
 */

/** The filter fields a click on a bucket sets; a key present with `undefined` clears that field. */
export type BucketSelection = Pick<
  CallLogFilters,
  'outcome' | 'answered_by' | 'min_duration' | 'max_duration'
>;

export interface ChartBucket {
  id: string;
  label: string;
  /** For a crowded chart axis; the label otherwise. */
  shortLabel?: string;
  formula: CountFormula;
  /** What clicking the bucket filters to; null when no filter can express it. */
  selection: BucketSelection | null;
}

const count = (condition: CountCondition): CountFormula => [{ sign: 1, condition }];

function durationBucket(
  id: string,
  [label, shortLabel]: [string, string],
  min: number,
  max?: number,
): ChartBucket {
  return {
    id,
    label,
    shortLabel,
    formula: count(
      max === undefined ? { min_duration: min } : { min_duration: min, max_duration: max },
    ),
    selection: { min_duration: min, max_duration: max },
  };
}

/**
 * Six buckets, not seven: with the outcome ring and the KPIs, a seventh (0–9 s apart from 10–29 s)
 * would take the unfiltered view to 16 counts, over the budget of 15 (docs/charts.md says why no
 * exact plan can do with fewer). Under 30 s is never a conversation, and the outcome ring already
 * tells cancelled calls (a few seconds) from ring-outs and voicemails (15–40 s).
 */
export const DURATION_BUCKETS: readonly ChartBucket[] = [
  durationBucket('0-29s', ['0–29 s', '0–29s'], 0, 29),
  durationBucket('30-59s', ['30–59 s', '30–59s'], 30, 59),
  durationBucket('1-2min', ['1–2 min', '1–2m'], 60, 119),
  durationBucket('2-5min', ['2–5 min', '2–5m'], 120, 299),
  durationBucket('5-10min', ['5–10 min', '5–10m'], 300, 599),
  durationBucket('10min+', ['10 min and more', '10m+'], 600),
];

const ANSWERED: CountCondition = { outcome: 'answered' };
const BY_HUMAN: CountCondition = { outcome: 'answered', answered_by: 'human' };
const BY_MACHINE: CountCondition = { outcome: 'answered', answered_by: 'machine_start' };

/** The outcomes: the inner ring of the outcome chart. */
export const OUTCOME_BUCKETS: readonly ChartBucket[] = [
  {
    id: 'answered',
    label: 'Answered',
    formula: count(ANSWERED),
    selection: { outcome: 'answered', answered_by: undefined },
  },
  {
    id: 'no-answer',
    label: 'No answer',
    formula: count({ outcome: 'no-answer' }),
    selection: { outcome: 'no-answer', answered_by: undefined },
  },
  {
    id: 'cancelled',
    label: 'Cancelled',
    formula: count({ outcome: 'cancelled' }),
    selection: { outcome: 'cancelled', answered_by: undefined },
  },
];

/** Answered, split by who answered: the outer ring, over the answered slice. */
export const ANSWERED_BY_BUCKETS: readonly ChartBucket[] = [
  {
    id: 'human',
    label: 'Answered by a human',
    formula: count(BY_HUMAN),
    selection: { outcome: 'answered', answered_by: 'human' },
  },
  {
    id: 'machine',
    label: 'Answered by a machine',
    formula: count(BY_MACHINE),
    selection: { outcome: 'answered', answered_by: 'machine_start' },
  },
  {
    // Records without `answered_by` occur; no filter selects a missing field.
    id: 'answered-unknown',
    label: 'Answered, not known by whom',
    formula: [
      { sign: 1, condition: ANSWERED },
      { sign: -1, condition: BY_HUMAN },
      { sign: -1, condition: BY_MACHINE },
    ],
    selection: null,
  },
];

const CONNECTED: CountCondition = {
  answered_by: 'human',
  disposition_ids: CONNECTED_DISPOSITION_IDS,
};
const CONNECTED_MEETING: CountCondition = {
  answered_by: 'human',
  disposition_ids: [MEETING_SET_DISPOSITION_ID],
};
const CONNECTED_NO_MEETING: CountCondition = {
  answered_by: 'human',
  disposition_ids: CONNECTED_DISPOSITION_IDS.filter((id) => id !== MEETING_SET_DISPOSITION_ID),
};
const atLeastConversationLength = (condition: CountCondition): CountCondition => ({
  ...condition,
  min_duration: CONVERSATION_MIN_SECONDS,
});

export const KPI_IDS = ['total', 'connected', 'conversations', 'meetings'] as const;
export type KpiId = (typeof KPI_IDS)[number];

/**
 * Each KPI as one or more exact forms; the plan takes, per filter set, the form that adds the
 * fewest requests (chart-plan.ts).
 */
export const KPI_FORMS: Readonly<Record<KpiId, readonly [CountFormula, ...CountFormula[]]>> = {
  total: [count({})],
  connected: [count(CONNECTED)],
  conversations: [
    // connected ∧ (meeting ∨ ≥ 60 s) as two disjoint counts: the connected meetings (whatever
    // their duration, so calls without one count too) and the other connected calls of ≥ 60 s.
    [
      { sign: 1, condition: CONNECTED_MEETING },
      { sign: 1, condition: atLeastConversationLength(CONNECTED_NO_MEETING) },
    ],
    // The same by inclusion–exclusion: one request fewer once the filters fix ≥ 60 s, where the
    // last two terms become one request and cancel, and the first is the connected count.
    [
      { sign: 1, condition: atLeastConversationLength(CONNECTED) },
      { sign: 1, condition: CONNECTED_MEETING },
      { sign: -1, condition: atLeastConversationLength(CONNECTED_MEETING) },
    ],
  ],
  meetings: [count({ disposition_ids: [MEETING_SET_DISPOSITION_ID] })],
};

/** One value per KPI. */
export function mapKpis<T>(valueOf: (id: KpiId) => T): Record<KpiId, T> {
  return {
    total: valueOf('total'),
    connected: valueOf('connected'),
    conversations: valueOf('conversations'),
    meetings: valueOf('meetings'),
  };
}

/** Salesfinity's own analytics definitions, as the KPI tooltips state them. */
export const KPI_DEFINITION_TEXT = {
  total: 'Every call that matches the current filters.',
  connectRate:
    'Connected calls as a share of all calls. A call is connected when a human answered it and its disposition is one of 1 to 9 (the “Answered – …” dispositions).',
  conversationRate: `Conversations as a share of all calls. A conversation is a connected call where a meeting was set or that lasted at least ${String(CONVERSATION_MIN_SECONDS)} seconds.`,
  meetings: `Calls with disposition ${String(MEETING_SET_DISPOSITION_ID)}, “Answered – Meeting Set”.`,
} as const;
