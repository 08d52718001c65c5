import { materializeCall, transcriptNamesOf } from './call-record.ts';
import type { CallRecord } from './call-record.ts';
import { insightOf, missingPartOf } from './call-score.ts';
import type { Dataset } from './dataset.ts';
import { ID_KIND, objectId } from './ids.ts';
import { scoreInputOf } from './scored-call-columns.ts';
import type { ScoredCalls } from './scored-call-columns.ts';

/** A record of `GET /v1/scored-calls`, in the contract's key order. */
export interface ScoredCallRecord {
  _id: string;
  type: 'call';
  createdAt: string;
  updatedAt: string;
  user: { _id: string; email: string; first_name: string; last_name: string };
  call_log: CallRecord;
  insight: Record<string, unknown>;
}

export interface MaterializedScoredCall {
  record: ScoredCallRecord;
  /** `call_log.transcription` must be sent with raw control characters (see raw-json.ts). */
  hasRawTranscription: boolean;
}

export function scoredCallObjectId(
  dataset: Dataset,
  scored: ScoredCalls,
  position: number,
): string {
  const seconds = Math.floor((scored.createdAt[position] ?? 0) / 1000);
  return objectId(dataset.seed, ID_KIND.scoredCall, seconds, scored.call[position] ?? 0);
}

/** Builds the full record of the score at `position`; `call_log` is the call-log record itself. */
export function materializeScoredCall(
  dataset: Dataset,
  scored: ScoredCalls,
  position: number,
  baseUrl: string,
  controlCharRate: number,
): MaterializedScoredCall {
  const index = scored.call[position] ?? 0;
  const call = materializeCall(dataset, index, baseUrl, controlCharRate);
  const rep = dataset.reps[dataset.calls.rep[index] ?? 0];
  const contact = dataset.contacts[dataset.calls.contact[index] ?? -1];
  const insight = insightOf(
    {
      ...scoreInputOf(dataset, index),
      names: transcriptNamesOf(dataset, index),
      title: contact?.title,
      hasContact: contact !== undefined,
    },
    missingPartOf(dataset.seed, index),
  );
  return {
    record: {
      _id: scoredCallObjectId(dataset, scored, position),
      type: 'call',
      createdAt: new Date(scored.createdAt[position] ?? 0).toISOString(),
      updatedAt: new Date(scored.updatedAt[position] ?? 0).toISOString(),
      user: {
        _id: rep?._id ?? '',
        email: rep?.email ?? '',
        first_name: rep?.first_name ?? '',
        last_name: rep?.last_name ?? '',
      },
      call_log: call.record,
      insight,
    },
    hasRawTranscription: call.hasRawTranscription,
  };
}
