import {
  CONNECTED_DISPOSITION_IDS,
  MIN_SCORED_CALL_SECONDS,
  SCORE_FACETS,
} from '@contract/salesfinity';
import type { ScoreFacet } from '@contract/salesfinity';
import type { Call } from '@/lib/call-log/call-schema';
import { FACET_LABELS } from '@/lib/scored-calls/score-grade';

/**
 * How the scorecard words and rounds what `insight` says. Every function answers undefined for a
 * value that is missing, so the component can say "Not scored" instead of showing 0.
 */

export const FACETS_IN_ORDER: readonly { facet: ScoreFacet; label: string }[] = SCORE_FACETS.map(
  (facet) => ({ facet, label: FACET_LABELS[facet] }),
);

function isNumber(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

/** A score or any other figure as it arrives: whole numbers as they are, fractions to one decimal. */
export function formatFigure(value: number | undefined): string | undefined {
  if (!isNumber(value)) return undefined;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A weight in percent (`weight_pct` is already 0–100). */
export function formatWeight(weightPct: number | undefined): string | undefined {
  const figure = formatFigure(weightPct);
  return figure === undefined ? undefined : `${figure} %`;
}

/** A 0–1 share as a whole percentage. */
export function formatShare(share: number | undefined): string | undefined {
  if (!isNumber(share)) return undefined;
  return `${String(Math.round(share * 100))} %`;
}

export interface TalkListen {
  /** Whole percentages that add up to 100. */
  repPct: number;
  prospectPct: number;
  text: string;
}

/** The rep's share of the words spoken against the prospect's, for the bar and its text. */
export function talkListen(repShare: number | undefined): TalkListen | undefined {
  if (!isNumber(repShare)) return undefined;
  const repPct = Math.min(100, Math.max(0, Math.round(repShare * 100)));
  const prospectPct = 100 - repPct;
  return {
    repPct,
    prospectPct,
    text: `Rep ${String(repPct)} % · Prospect ${String(prospectPct)} %`,
  };
}

export function formatWordsPerMinute(wpm: number | undefined): string | undefined {
  if (!isNumber(wpm)) return undefined;
  return `${String(Math.round(wpm))} wpm`;
}

/** A yes/no of the lead's qualification; missing is "unknown", not "no". */
export function formatFlag(value: boolean | undefined): string {
  if (value === undefined) return 'unknown';
  return value ? 'Yes' : 'No';
}

/** A list of labels; an empty list says "None", a missing one is undefined. */
export function formatLabels(labels: readonly string[] | undefined): string | undefined {
  if (labels === undefined) return undefined;
  return labels.length === 0 ? 'None' : labels.join(', ');
}

/** How many objections and which: "2 (price, timing)". */
export function formatObjections(objections: readonly string[] | undefined): string | undefined {
  if (objections === undefined) return undefined;
  if (objections.length === 0) return 'None';
  return `${String(objections.length)} (${objections.join(', ')})`;
}

/**
 * Why Salesfinity will not have scored this call, by the contract's rule (connected calls with a
 * transcript, at least `MIN_SCORED_CALL_SECONDS` long), or undefined when it may have been. A
 * missing outcome, answer or duration is no reason; a missing transcript is (the call log leaves
 * it out of calls that have none).
 */
export function whyNotScorable(call: Call): string | undefined {
  const disposition = call.disposition?.internal_id;
  const isNotConnected =
    (call.outcome !== undefined && call.outcome !== 'answered') ||
    (call.answered_by !== undefined && call.answered_by !== 'human') ||
    (disposition !== undefined &&
      !(CONNECTED_DISPOSITION_IDS as readonly number[]).includes(disposition));
  if (isNotConnected) {
    return 'Salesfinity scores connected calls only, and this call did not connect.';
  }
  if (call.transcription === undefined || call.transcription.trim() === '') {
    return 'Salesfinity scores calls with a transcript, and this call has none.';
  }
  if (call.duration !== undefined && call.duration < MIN_SCORED_CALL_SECONDS) {
    return `Salesfinity scores calls of ${String(MIN_SCORED_CALL_SECONDS)} seconds or more, and this one was shorter.`;
  }
  return undefined;
}

/** The rep's name for the link to their scored calls, or their email, or nothing usable. */
export function repName(user: Call['user']): string | undefined {
  const name = [user?.first_name, user?.last_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || user?.email?.trim() || undefined;
}
