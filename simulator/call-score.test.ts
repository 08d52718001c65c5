import { SCORE_FACETS } from '../contract/salesfinity.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from './index.ts';
import type { ScoredCallRecord, Simulator } from './index.ts';
import { TEST_NOW } from './test-helpers.ts';

/**
 * Scores as a coach reads them: consistent numbers, going with the outcome, spread over the
 * whole range, and each metadata figure recounted here from the call's own transcript text.
 */

interface Facet {
  score: number;
  weight_pct: number;
  explanation: string;
  recommendation: string;
}
interface Metadata {
  duration_sec: number;
  asr_confidence_avg: number;
  audio_features_available: boolean;
  talk_listen_ratio_rep: number;
  total_questions: number;
  open_question_ratio: number;
  interruptions_by_rep: number;
  core_pitch_duration_sec: number;
  estimated_wpm_rep: number;
  objections_detected: string[];
}
interface Lead {
  current_vendor?: string | null;
  tech_stack_mentioned: string[];
  fit_score: number;
}

let simulator: Simulator;
let records: ScoredCallRecord[];

beforeAll(() => {
  simulator = createSimulator({ calls: 5000, seed: 1, now: TEST_NOW });
  records = simulator.scoredCallRecords();
});

const totalOf = (r: ScoredCallRecord) => r.insight.total_score as number | undefined;
const facetsOf = (r: ScoredCallRecord) =>
  r.insight.facets as Partial<Record<(typeof SCORE_FACETS)[number], Facet>> | undefined;
const metadataOf = (r: ScoredCallRecord) => r.insight.metadata as Metadata | undefined;
const dispositionOf = (r: ScoredCallRecord) => r.call_log.disposition?.internal_id;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const totalsOf = (disposition: number) =>
  records
    .filter((r) => dispositionOf(r) === disposition)
    .flatMap((r) => {
      const total = totalOf(r);
      return total === undefined ? [] : [total];
    });

/** The phrases of each objection in the prospect's turns, written independently of the generator. */
const OBJECTION_PHRASES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Prospect: .*(isn't|not) a priority/, () => 'not a priority'],
  [/^Prospect: We don't have budget/, () => 'no budget'],
  [/^Prospect: (Timing is bad|I'm about to jump into a meeting)/, () => 'bad timing'],
  [/^Prospect: We already use (.+) for this\.$/, (m) => `already use ${m[1] ?? ''}`],
  [/^Prospect: Can you just send me an email/, () => 'send me an email'],
  [/^Prospect: We're pretty happy with how we do it/, () => 'happy with current process'],
  [/^Prospect: That's not really (my call|me)/, () => 'not the decision maker'],
  [/^Prospect: We just signed/, () => 'under contract'],
  [/^Prospect: Please take me off your list/, () => 'do not call'],
  [/^Prospect: I think you have the wrong person/, () => 'wrong person'],
];

const OPEN = /^(how(?! many\b| much\b)|what|why|tell me|walk me)\b/i;

/** Words, turns, questions, interruptions and objections, counted from the text alone. */
function recount(transcript: string) {
  const counts = {
    repWords: 0,
    prospectWords: 0,
    repTurns: 0,
    turns: 0,
    questions: 0,
    open: 0,
    interruptions: 0,
    objections: [] as string[],
  };
  let previous = '';
  for (const line of transcript.split('\n')) {
    const match = /^(Rep|Prospect): (.*)$/.exec(line);
    if (!match) throw new Error(`not a turn: ${line}`);
    const text = match[2] ?? '';
    const words = text.trim().split(/\s+/).length;
    counts.turns++;
    if (match[1] === 'Rep') {
      counts.repWords += words;
      counts.repTurns++;
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        if (!sentence.trim().endsWith('?')) continue;
        counts.questions++;
        if (OPEN.test(sentence.trim())) counts.open++;
      }
      if (previous.startsWith('Prospect: ') && previous.endsWith('—')) counts.interruptions++;
    } else {
      counts.prospectWords += words;
      for (const [pattern, label] of OBJECTION_PHRASES) {
        const found = pattern.exec(line);
        if (found && !counts.objections.includes(label(found))) {
          counts.objections.push(label(found));
        }
      }
    }
    previous = line;
  }
  return counts;
}

describe('scores: numbers', () => {
  it('facet weights sum to 100; total = the weighted mean of the facets, rounded', () => {
    let complete = 0;
    for (const record of records) {
      const facets = facetsOf(record);
      const total = totalOf(record);
      if (!facets || total === undefined || SCORE_FACETS.some((f) => !facets[f])) continue;
      complete++;
      const weights = SCORE_FACETS.map((f) => facets[f]?.weight_pct ?? 0);
      expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
      const weighted = SCORE_FACETS.reduce(
        (sum, f) => sum + (facets[f]?.score ?? 0) * (facets[f]?.weight_pct ?? 0),
        0,
      );
      expect(total).toBe(Math.round(weighted / 100));
    }
    expect(complete).toBeGreaterThan(records.length * 0.9);
  });

  it('every score is an integer 0–100 and every share is 0–1', () => {
    for (const record of records) {
      const scores = [
        totalOf(record),
        ...SCORE_FACETS.map((f) => facetsOf(record)?.[f]?.score),
        (record.insight.lead as Lead | undefined)?.fit_score,
      ].filter((score) => score !== undefined);
      for (const score of scores) {
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
      const metadata = metadataOf(record);
      if (!metadata) continue;
      for (const share of [
        metadata.talk_listen_ratio_rep,
        metadata.open_question_ratio,
        metadata.asr_confidence_avg,
      ]) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
  });

  it('meetings score higher: disposition 1 mostly 65–95, above "not interested" and "do not call"', () => {
    const meetings = totalsOf(1);
    const notInterested = totalsOf(3);
    const doNotCall = totalsOf(9);
    expect(meetings.length).toBeGreaterThan(10);
    expect(mean(meetings)).toBeGreaterThan(mean(notInterested) + 20);
    expect(mean(meetings)).toBeGreaterThan(mean(doNotCall) + 20);
    const inRange = meetings.filter((total) => total >= 65 && total <= 95).length;
    expect(inRange / meetings.length).toBeGreaterThan(0.75);
  });

  it('every 10-point band is populated at 5,000 calls, for more than one seed', () => {
    for (const seed of [1, 7]) {
      const sample =
        seed === 1
          ? records
          : createSimulator({ calls: 5000, seed, now: TEST_NOW }).scoredCallRecords();
      const bands = new Array<number>(10).fill(0);
      for (const record of sample) {
        const total = totalOf(record);
        if (total === undefined) continue;
        const band = Math.min(9, Math.floor(total / 10));
        bands[band] = (bands[band] ?? 0) + 1;
      }
      expect(
        bands.every((count) => count > 0),
        `seed ${seed}: ${bands.join(' ')}`,
      ).toBe(true);
    }
  });
});

describe('scores: read from the call transcript', () => {
  it('metadata recounts from the transcript text: talk share, questions, open share, interruptions, wpm, objections', () => {
    let checked = 0;
    for (const record of records) {
      const metadata = metadataOf(record);
      const transcript = record.call_log.transcription;
      if (!metadata || transcript === undefined) continue;
      checked++;
      const counts = recount(transcript);
      const round2 = (value: number) => Math.round(value * 100) / 100;
      expect(metadata.duration_sec).toBe(record.call_log.duration);
      expect(metadata.talk_listen_ratio_rep).toBe(
        round2(counts.repWords / (counts.repWords + counts.prospectWords)),
      );
      expect(metadata.total_questions).toBe(counts.questions);
      expect(metadata.open_question_ratio).toBe(
        counts.questions === 0 ? 0 : round2(counts.open / counts.questions),
      );
      expect(metadata.interruptions_by_rep).toBe(counts.interruptions);
      const repSeconds = ((record.call_log.duration ?? 0) * counts.repTurns) / counts.turns;
      expect(metadata.estimated_wpm_rep).toBe(Math.round((counts.repWords * 60) / repSeconds));
      expect(metadata.objections_detected).toEqual(counts.objections);
      expect(metadata.core_pitch_duration_sec).toBeGreaterThan(0);
      expect(metadata.core_pitch_duration_sec).toBeLessThanOrEqual(metadata.duration_sec);
    }
    expect(checked).toBeGreaterThan(records.length * 0.9);
  });

  it('metadata has a realistic spread: talk share, open questions and interruptions vary', () => {
    const metadata = records.flatMap((r) => metadataOf(r) ?? []);
    const talk = metadata.map((m) => m.talk_listen_ratio_rep);
    expect(Math.min(...talk)).toBeLessThan(0.5);
    expect(Math.max(...talk)).toBeGreaterThan(0.7);
    expect(metadata.some((m) => m.open_question_ratio === 0)).toBe(true);
    expect(metadata.some((m) => m.open_question_ratio >= 0.6)).toBe(true);
    expect(metadata.some((m) => m.interruptions_by_rep >= 2)).toBe(true);
    expect(metadata.filter((m) => m.interruptions_by_rep === 0).length).toBeGreaterThan(
      metadata.length / 3,
    );
    const objections = new Set(metadata.flatMap((m) => m.objections_detected));
    expect(objections.size).toBeGreaterThanOrEqual(8);
  });
});

describe('scores: explanations name what happened in the call', () => {
  it('objection handling names every objection raised', () => {
    let withObjection = 0;
    for (const record of records) {
      const detected = metadataOf(record)?.objections_detected ?? [];
      const explanation = facetsOf(record)?.objection_handling?.explanation;
      if (detected.length === 0 || explanation === undefined) continue;
      withObjection++;
      for (const objection of detected) expect(explanation).toContain(`"${objection}"`);
    }
    expect(withObjection).toBeGreaterThan(records.length / 2);
  });

  it('discovery states the talk share and question counts of that call', () => {
    for (const record of records) {
      const metadata = metadataOf(record);
      const explanation = facetsOf(record)?.discovery?.explanation;
      if (!metadata || explanation === undefined) continue;
      expect(explanation).toContain(
        `${Math.round(metadata.talk_listen_ratio_rep * 100)}% of the words`,
      );
      expect(explanation).toContain(`Asked ${metadata.total_questions} question`);
    }
  });

  it('a booked meeting names the day and time agreed in the transcript', () => {
    const meetings = records.filter((r) => dispositionOf(r) === 1 && facetsOf(r)?.cta);
    expect(meetings.length).toBeGreaterThan(5);
    for (const record of meetings) {
      const agreed = /^Prospect: (\w+ at [\d:]+ [AP]M) works\.$/m.exec(
        record.call_log.transcription ?? '',
      );
      expect(facetsOf(record)?.cta?.explanation).toContain(agreed?.[1] ?? 'no agreed time');
    }
  });

  it('a competitor mentioned is the current vendor and part of the tech stack', () => {
    let mentioned = 0;
    for (const record of records) {
      const lead = record.insight.lead as Lead | undefined;
      const vendor = /^Prospect: We already use (.+) for this\.$/m.exec(
        record.call_log.transcription ?? '',
      )?.[1];
      if (!lead) continue;
      if (vendor === undefined) {
        expect(lead.current_vendor).toBeNull();
        continue;
      }
      mentioned++;
      expect(lead.current_vendor).toBe(vendor);
      expect(lead.tech_stack_mentioned).toContain(vendor);
    }
    expect(mentioned).toBeGreaterThan(0);
  });

  it('explanations and recommendations differ from call to call', () => {
    for (const facet of SCORE_FACETS) {
      const texts = records.flatMap((r) => {
        const f = facetsOf(r)?.[facet];
        return f ? [`${f.explanation} ${f.recommendation}`] : [];
      });
      expect(new Set(texts).size, facet).toBeGreaterThan(facet === 'intro' ? 3 : 8);
    }
  });
});

describe('scores: parts of insight may be missing', () => {
  it('a few records lack a part (total, a facet, lead, messaging, targeting, metadata); the rest is there', () => {
    const many = createSimulator({ calls: 30_000, seed: 3, now: TEST_NOW }).scoredCallRecords();
    const lacking = (has: (r: ScoredCallRecord) => boolean) => many.filter((r) => !has(r));
    const parts: Record<string, ScoredCallRecord[]> = {
      total_score: lacking((r) => totalOf(r) !== undefined),
      facets: lacking((r) => facetsOf(r) !== undefined),
      facet: lacking((r) => {
        const facets = facetsOf(r);
        return facets === undefined || SCORE_FACETS.every((f) => facets[f] !== undefined);
      }),
      lead: lacking((r) => r.insight.lead !== undefined),
      messaging: lacking((r) => r.insight.messaging !== undefined),
      targeting_feedback: lacking((r) => r.insight.targeting_feedback !== undefined),
      metadata: lacking((r) => r.insight.metadata !== undefined),
    };
    let lackingAny = 0;
    for (const [part, records] of Object.entries(parts)) {
      expect(records.length, part).toBeGreaterThan(0);
      lackingAny += records.length;
    }
    expect(lackingAny / many.length).toBeGreaterThan(0.015);
    expect(lackingAny / many.length).toBeLessThan(0.05);
    // A record lacks one part at most: the other five are there.
    for (const record of parts.total_score ?? []) {
      expect(Object.keys(facetsOf(record) ?? {})).toHaveLength(SCORE_FACETS.length);
    }
  });
});
