import { ANSWERED_BY, DIRECTIONS, OUTCOMES } from '../contract/salesfinity.ts';
import type { AnsweredBy, Direction, Outcome } from '../contract/salesfinity.ts';
import { notesOf, summaryOf, withControlChars } from './call-text.ts';
import type { CallTextContext } from './call-text.ts';
import { DIRECTION_CODE, FLAG, MISSING, NONE } from './dataset.ts';
import type { Dataset } from './dataset.ts';
import type { PhoneNumber } from './entities.ts';
import { ID_KIND, callIdOf, objectId } from './ids.ts';
import { Random, hash32, saltOf, unitHash } from './prng.ts';
import { renderTranscript, repSkillOf, transcriptPlanOf } from './transcript.ts';
import type { TranscriptNames, TranscriptPlan } from './transcript.ts';

/** A call as `GET /v1/call-log` returns it (contract, "A call object"), in the contract's key order. */
export interface CallRecord {
  _id: string;
  call_id?: string;
  outcome?: Outcome;
  direction?: Direction;
  answered_by?: AnsweredBy;
  duration?: number;
  to?: string;
  from?: string;
  disposition?: { internal_id: number; external_id: string; external_name: string };
  contact?: {
    _id: string;
    first_name: string;
    last_name: string;
    company: string;
    email: string;
    title: string;
    timezone?: string;
    phone_numbers: PhoneNumber[];
  };
  contact_list?: { _id: string; name: string };
  user?: { _id: string; first_name: string; last_name: string; email: string };
  recording_url?: string;
  notes?: string;
  transcription?: string;
  summary?: string;
  is_completed?: boolean;
  started_at?: string;
  ended_at?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface MaterializedCall {
  record: CallRecord;
  /** The transcription must be sent with raw control characters (see raw-json.ts). */
  hasRawTranscription: boolean;
}

export function callObjectId(dataset: Dataset, index: number): string {
  return objectId(dataset.seed, ID_KIND.call, dataset.calls.idSeconds[index] ?? 0, index);
}

export function recordingUrlOf(baseUrl: string, callId: string): string {
  return `${baseUrl}/recordings/${callId}.wav`;
}

/**
 * Whether the call's transcript carries raw control characters. Decided per call by a hash, not
 * stored, because the share is a knob that can change while the simulator runs.
 */
export function hasControlChars(dataset: Dataset, index: number, controlCharRate: number): boolean {
  return (
    ((dataset.calls.flags[index] ?? 0) & FLAG.transcript) !== 0 &&
    unitHash(dataset.seed, index, saltOf('control-chars')) < controlCharRate
  );
}

function isoOf(ms: number): string | undefined {
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The plan of call `index`'s transcript (whether or not the call has one). */
export function transcriptPlanOfCall(
  dataset: Pick<Dataset, 'seed' | 'calls'>,
  index: number,
): TranscriptPlan {
  const { calls } = dataset;
  const duration = calls.duration[index] ?? -1;
  return transcriptPlanOf({
    seed: dataset.seed,
    index,
    dispositionId: calls.disposition[index] ?? 0,
    seconds: duration >= 0 ? duration : 120,
    isInbound: calls.direction[index] === DIRECTION_CODE.inbound,
    skill: repSkillOf(dataset.seed, calls.rep[index] ?? 0),
  });
}

/** The names a transcript speaks, with the fallbacks used when the record has no contact. */
export function transcriptNamesOf(
  dataset: Pick<Dataset, 'reps' | 'contacts' | 'team' | 'calls'>,
  index: number,
): TranscriptNames {
  const contact = dataset.contacts[dataset.calls.contact[index] ?? -1];
  return {
    first: contact?.first_name ?? 'there',
    company: contact?.company ?? 'your company',
    title: contact?.title ?? 'leader',
    email: contact?.email ?? 'my work email',
    repFirst: dataset.reps[dataset.calls.rep[index] ?? 0]?.first_name ?? 'Alex',
    team: dataset.team.name,
  };
}

/** Builds the full record of call `index`; `baseUrl` prefixes its recording URL. */
export function materializeCall(
  dataset: Dataset,
  index: number,
  baseUrl: string,
  controlCharRate: number,
): MaterializedCall {
  const { calls } = dataset;
  const missing = calls.missing[index] ?? MISSING.none;
  const flags = calls.flags[index] ?? 0;
  const callId = callIdOf(dataset.seed, index);
  const dispositionId = calls.disposition[index] ?? 0;
  const disposition = dataset.dispositionById[dispositionId];
  const rep = dataset.reps[calls.rep[index] ?? 0];
  const contact = dataset.contacts[calls.contact[index] ?? -1];
  const list = dataset.lists[calls.list[index] ?? -1];
  const duration = calls.duration[index] ?? -1;
  const toPhone = calls.toPhone[index] ?? -1;
  const fromPhone = calls.fromPhone[index] ?? -1;
  const completed = calls.completed[index] ?? NONE;
  const answeredBy = calls.answeredBy[index] ?? NONE;

  const textContext: CallTextContext = {
    rng: new Random(hash32(dataset.seed, index, saltOf('call-text'))),
    dispositionId,
    seconds: duration >= 0 ? duration : 120,
    isInbound: calls.direction[index] === DIRECTION_CODE.inbound,
    repFirst: rep?.first_name ?? 'Alex',
    teamName: dataset.team.name,
    plan: transcriptPlanOfCall(dataset, index),
    contact: contact && {
      first: contact.first_name,
      last: contact.last_name,
      company: contact.company,
      title: contact.title,
      email: contact.email,
    },
  };

  const record: CallRecord = { _id: callObjectId(dataset, index) };
  if (missing !== MISSING.call_id) record.call_id = callId;
  const outcome = OUTCOMES[calls.outcome[index] ?? NONE];
  if (outcome) record.outcome = outcome;
  const direction = DIRECTIONS[calls.direction[index] ?? NONE];
  if (direction) record.direction = direction;
  const answeredByValue = ANSWERED_BY[answeredBy];
  if (answeredByValue) record.answered_by = answeredByValue;
  if (duration >= 0) record.duration = duration;
  const to = dataset.phones[toPhone];
  if (to !== undefined) record.to = to;
  const from = dataset.phones[fromPhone];
  if (from !== undefined) record.from = from;
  if (disposition) {
    record.disposition = {
      internal_id: disposition.id,
      external_id: String(disposition.id),
      external_name: disposition.name,
    };
  }
  if (contact) {
    record.contact = {
      _id: contact._id,
      first_name: contact.first_name,
      last_name: contact.last_name,
      company: contact.company,
      email: contact.email,
      title: contact.title,
      ...(contact.timezone === '' ? {} : { timezone: contact.timezone }),
      phone_numbers: contact.phone_numbers.map((phone) => ({ ...phone })),
    };
  }
  if (list) record.contact_list = { _id: list._id, name: list.name };
  if (rep) {
    record.user = {
      _id: rep._id,
      first_name: rep.first_name,
      last_name: rep.last_name,
      email: rep.email,
    };
  }
  if (flags & FLAG.recording) record.recording_url = recordingUrlOf(baseUrl, callId);
  else if (!(flags & FLAG.recordingUrlAbsent)) record.recording_url = '';
  // Each text draws from its own stream, so adding one never changes another.
  if (flags & FLAG.notes) {
    record.notes = notesOf({
      ...textContext,
      rng: new Random(hash32(dataset.seed, index, saltOf('notes'))),
    });
  }
  const isRaw = hasControlChars(dataset, index, controlCharRate);
  if (flags & FLAG.transcript) {
    const lines = renderTranscript(
      transcriptPlanOfCall(dataset, index),
      transcriptNamesOf(dataset, index),
    );
    record.transcription = isRaw
      ? withControlChars(lines, new Random(hash32(dataset.seed, index, saltOf('control'))))
      : lines.join('\n');
  }
  if (flags & FLAG.summary) {
    record.summary = summaryOf({
      ...textContext,
      rng: new Random(hash32(dataset.seed, index, saltOf('summary'))),
    });
  }
  if (completed !== NONE) record.is_completed = completed === 1;
  const startedAt = isoOf(calls.startedAt[index] ?? NaN);
  if (startedAt) record.started_at = startedAt;
  const endedAt = isoOf(calls.endedAt[index] ?? NaN);
  if (endedAt) record.ended_at = endedAt;
  const createdAt = isoOf(calls.createdAt[index] ?? NaN);
  if (createdAt) record.createdAt = createdAt;
  const updatedAt = isoOf(calls.updatedAt[index] ?? NaN);
  if (updatedAt) record.updatedAt = updatedAt;
  return { record, hasRawTranscription: isRaw };
}
