import { DEFAULT_DISPOSITIONS } from '../contract/salesfinity.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from './call-record.ts';
import { hasControlChars } from './call-record.ts';
import { FLAG } from './dataset.ts';
import { createSimulator } from './index.ts';
import type { Simulator } from './index.ts';
import { TEST_NOW } from './test-helpers.ts';

/** The generated data as a caller sees it: plausible shapes, distributions and consistency. */

const DAY = 86_400_000;
let simulator: Simulator;
let calls: CallRecord[];

beforeAll(() => {
  simulator = createSimulator({ calls: 20_000, seed: 1, now: TEST_NOW });
  calls = simulator.callRecords();
});

const share = (predicate: (c: CallRecord) => boolean, among: CallRecord[] = calls) =>
  among.filter(predicate).length / among.length;
const categoryOf = (id: number | undefined) => simulator.dataset.dispositionById[id ?? 0]?.category;
/** Ids of the calls that break `rule`: one assertion per rule keeps 20,000 records fast. */
const offenders = (rule: (c: CallRecord) => boolean) =>
  calls.filter((c) => !rule(c)).map((c) => c._id);
const isConnected = (c: CallRecord) =>
  c.answered_by === 'human' &&
  (c.disposition?.internal_id ?? 0) >= 1 &&
  (c.disposition?.internal_id ?? 0) <= 9;

describe('determinism', () => {
  it('the same seed and now give identical records; another seed does not', () => {
    const a = createSimulator({ calls: 300, seed: 9, now: TEST_NOW }).callRecords();
    const b = createSimulator({ calls: 300, seed: 9, now: TEST_NOW }).callRecords();
    const c = createSimulator({ calls: 300, seed: 10, now: TEST_NOW }).callRecords();
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });
  it('is relative to now', () => {
    const later = new Date(TEST_NOW.getTime() + 7 * DAY);
    const records = createSimulator({ calls: 300, seed: 9, now: later }).callRecords();
    const latest = Math.max(...records.map((r) => Date.parse(r.createdAt ?? '') || 0));
    expect(latest).toBeLessThanOrEqual(later.getTime());
    expect(latest).toBeGreaterThan(later.getTime() - 7 * DAY);
  });
  it('handles zero calls', () => {
    expect(createSimulator({ calls: 0, now: TEST_NOW }).callRecords()).toEqual([]);
  });
});

describe('identifiers', () => {
  it('_id is a unique 24-hex ObjectId embedding the creation second, ascending with createdAt', () => {
    expect(offenders((c) => /^[0-9a-f]{24}$/.test(c._id))).toEqual([]);
    expect(
      offenders(
        (c) =>
          !c.createdAt ||
          Number.parseInt(c._id.slice(0, 8), 16) === Math.floor(Date.parse(c.createdAt) / 1000),
      ),
    ).toEqual([]);
    expect(calls.every((c, i) => i === 0 || c._id > (calls[i - 1]?._id ?? ''))).toBe(true);
    expect(new Set(calls.map((c) => c._id)).size).toBe(calls.length);
  });
  it('call_id looks like call_<hex> and is unique', () => {
    const withId = calls.filter((c) => c.call_id !== undefined);
    expect(new Set(withId.map((c) => c.call_id)).size).toBe(withId.length);
    expect(
      offenders((c) => c.call_id === undefined || /^call_[0-9a-f]{16}$/.test(c.call_id)),
    ).toEqual([]);
  });
});

describe('time', () => {
  it('starts inside the 90 days before now and ends by now', () => {
    expect(
      offenders((c) => !c.started_at || Date.parse(c.started_at) >= TEST_NOW.getTime() - 90 * DAY),
    ).toEqual([]);
    expect(offenders((c) => !c.ended_at || Date.parse(c.ended_at) <= TEST_NOW.getTime())).toEqual(
      [],
    );
  });
  it('createdAt is ended_at; updatedAt is not before it; duration is ended - started', () => {
    expect(offenders((c) => !c.createdAt || !c.ended_at || c.createdAt === c.ended_at)).toEqual([]);
    expect(offenders((c) => !c.createdAt || !c.updatedAt || c.updatedAt >= c.createdAt)).toEqual(
      [],
    );
    expect(
      offenders(
        (c) =>
          !c.started_at ||
          !c.ended_at ||
          c.duration === undefined ||
          Date.parse(c.ended_at) - Date.parse(c.started_at) === c.duration * 1000,
      ),
    ).toEqual([]);
  });
  it('happens in business hours of the rep’s time zone, mostly on weekdays', () => {
    const zoneOf = new Map(simulator.dataset.reps.map((rep) => [rep._id, rep.timeZone]));
    const formatters = new Map<string, Intl.DateTimeFormat>();
    let weekend = 0;
    const outsideHours: string[] = [];
    for (const call of calls) {
      if (!call.started_at || !call.user) continue;
      const zone = zoneOf.get(call.user._id) ?? 'UTC';
      let formatter = formatters.get(zone);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          hour: 'numeric',
          weekday: 'short',
        });
        formatters.set(zone, formatter);
      }
      const parts = formatter.formatToParts(new Date(call.started_at));
      const hour = Number(parts.find((p) => p.type === 'hour')?.value);
      if (hour < 8 || hour >= 18) outsideHours.push(call._id);
      if (['Sat', 'Sun'].includes(parts.find((p) => p.type === 'weekday')?.value ?? '')) weekend++;
    }
    expect(outsideHours).toEqual([]);
    expect(weekend / calls.length).toBeLessThan(0.05);
    expect(weekend).toBeGreaterThan(0);
  });
  it('spreads reps over ET, CT, MT and PT', () => {
    expect(new Set(simulator.dataset.reps.map((rep) => rep.timeZone))).toEqual(
      new Set(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']),
    );
  });
});

describe('parallel-dialer distributions', () => {
  it('mostly no-answers and voicemails', () => {
    expect(
      share((c) => c.outcome === 'no-answer' || c.answered_by === 'machine_start'),
    ).toBeGreaterThan(0.7);
    expect(share((c) => c.disposition?.internal_id === 11)).toBeGreaterThan(0.15);
  });
  it('human connects between 5% and 20%, meetings 3–15% of those', () => {
    expect(share(isConnected)).toBeGreaterThan(0.05);
    expect(share(isConnected)).toBeLessThan(0.2);
    const meetings = share((c) => c.disposition?.internal_id === 1, calls.filter(isConnected));
    expect(meetings).toBeGreaterThan(0.03);
    expect(meetings).toBeLessThan(0.15);
  });
  it('conversations last minutes, voicemails seconds, cancels at most 3 s', () => {
    const durations = (predicate: (c: CallRecord) => boolean) =>
      calls
        .filter((c) => predicate(c) && c.duration !== undefined)
        .map((c) => c.duration ?? 0)
        .sort((a, b) => a - b);
    const median = (values: number[]) => values[Math.floor(values.length / 2)] ?? 0;
    const meetings = durations((c) => c.disposition?.internal_id === 1);
    expect(median(meetings)).toBeGreaterThan(180);
    expect(meetings.at(-1)).toBeLessThanOrEqual(1200);
    expect(durations((c) => c.answered_by === 'machine_start').at(-1)).toBeLessThanOrEqual(40);
    expect(durations((c) => c.outcome === 'cancelled').at(-1)).toBeLessThanOrEqual(3);
  });
  it('a few calls are inbound', () => {
    expect(share((c) => c.direction === 'inbound')).toBeGreaterThan(0.01);
    expect(share((c) => c.direction === 'inbound')).toBeLessThan(0.05);
  });
  it('most calls are completed', () => {
    expect(share((c) => c.is_completed === true)).toBeGreaterThan(0.9);
    expect(share((c) => c.is_completed === false)).toBeGreaterThan(0);
  });
});

describe('consistency of outcome, answered_by and disposition', () => {
  it('only answered calls have answered_by; outcomes match disposition categories', () => {
    expect(offenders((c) => !c.answered_by || !c.outcome || c.outcome === 'answered')).toEqual([]);
    const id = (c: CallRecord) => c.disposition?.internal_id;
    expect(offenders((c) => c.outcome !== 'cancelled' || !c.disposition || id(c) === 14)).toEqual(
      [],
    );
    expect(
      offenders(
        (c) => c.outcome !== 'no-answer' || !c.disposition || categoryOf(id(c)) === 'not_answered',
      ),
    ).toEqual([]);
    expect(
      offenders((c) => id(c) !== 11 || !c.answered_by || c.answered_by === 'machine_start'),
    ).toEqual([]);
    expect(
      offenders(
        (c) =>
          !['positive', 'negative', 'neutral'].includes(categoryOf(id(c)) ?? '') ||
          !c.answered_by ||
          c.answered_by === 'human',
      ),
    ).toEqual([]);
  });
  it('uses the 14 defaults and the custom dispositions', () => {
    const used = new Set(calls.map((c) => c.disposition?.internal_id));
    for (const { id } of DEFAULT_DISPOSITIONS) expect(used.has(id), `disposition ${id}`).toBe(true);
    expect(used.has(15)).toBe(true);
  });
  it('recordings on most answered calls with a duration, never on unanswered ones', () => {
    const answered = calls.filter((c) => c.outcome === 'answered' && (c.duration ?? 0) > 0);
    expect(share((c) => Boolean(c.recording_url), answered)).toBeGreaterThan(0.85);
    expect(
      calls
        .filter((c) => c.outcome === 'no-answer' || c.outcome === 'cancelled')
        .some((c) => c.recording_url),
    ).toBe(false);
    // Without a recording, recording_url is sometimes "" and sometimes absent.
    expect(calls.some((c) => c.recording_url === '')).toBe(true);
    expect(calls.some((c) => !('recording_url' in c))).toBe(true);
  });
});

describe('texts', () => {
  it('transcripts and summaries on human conversations, as speaker turns', () => {
    const withTranscript = calls.filter((c) => c.transcription !== undefined);
    expect(withTranscript.length).toBeGreaterThan(calls.length * 0.05);
    expect(
      offenders(
        (c) => c.transcription === undefined || !c.answered_by || c.answered_by === 'human',
      ),
    ).toEqual([]);
    const isTurns = (text: string) => {
      const lines = text.split('\n');
      return lines.length >= 4 && lines.every((line) => /^(Rep|Prospect): \S/.test(line));
    };
    expect(offenders((c) => c.transcription === undefined || isTurns(c.transcription))).toEqual([]);
    expect(share((c) => c.summary !== undefined, withTranscript)).toBeGreaterThan(0.8);
    expect(share((c) => c.notes !== undefined, calls.filter(isConnected))).toBeGreaterThan(0.5);
  });
  it('about 2% of transcripts carry raw control characters by default', () => {
    const { dataset } = simulator;
    let transcripts = 0;
    let raw = 0;
    for (let i = 0; i < dataset.calls.count; i++) {
      if (!((dataset.calls.flags[i] ?? 0) & FLAG.transcript)) continue;
      transcripts++;
      if (hasControlChars(dataset, i, 0.02)) raw++;
    }
    expect(raw / transcripts).toBeGreaterThan(0.01);
    expect(raw / transcripts).toBeLessThan(0.035);
  });
});

describe('contacts and phone numbers', () => {
  it('phone numbers come in several un-normalised formats; from is a rep caller id', () => {
    const formats = {
      parenthesised: /^\(\d{3}\) \d{3}-\d{4}$/,
      elevenDigits: /^1\d{10}$/,
      e164: /^\+1\d{10}$/,
      dotted: /^\d{3}\.\d{3}\.\d{4}$/,
      dashed: /^\d{3}-\d{3}-\d{4}$/,
    };
    const outbound = calls.filter((c) => c.direction === 'outbound');
    for (const [name, pattern] of Object.entries(formats)) {
      expect(
        outbound.some((c) => pattern.test(c.to ?? '')),
        name,
      ).toBe(true);
    }
    const callerIds = new Set(
      simulator.dataset.reps.flatMap((rep) =>
        rep.callerIds.map((p) => simulator.dataset.phones[p]),
      ),
    );
    expect(offenders((c) => c.direction !== 'outbound' || callerIds.has(c.from))).toEqual([]);
  });
  it('to is one of the contact’s numbers as stored', () => {
    expect(
      offenders(
        (c) =>
          c.direction !== 'outbound' ||
          !c.contact ||
          !c.to ||
          c.contact.phone_numbers.some((p) => p.number === c.to),
      ),
    ).toEqual([]);
  });
  it('contacts have names, companies, titles, e-mails and free-text time zones', () => {
    const contacts = calls.flatMap((c) => (c.contact ? [c.contact] : []));
    for (const contact of contacts.slice(0, 500)) {
      expect(contact.first_name).not.toBe('');
      expect(contact.company).not.toBe('');
      expect(contact.title).not.toBe('');
      expect(contact.email).toMatch(/^[a-z]+(\.[a-z]+)?@[a-z]+\.example$/);
    }
    const zones = new Set(contacts.map((c) => c.timezone));
    for (const zone of ['ET', 'PT', 'Europe/London', undefined])
      expect(zones.has(zone), String(zone)).toBe(true);
  });
});

describe('missing fields', () => {
  it('about 1–2% of records lack exactly one field', () => {
    const fields = [
      'call_id',
      'outcome',
      'duration',
      'started_at',
      'ended_at',
      'direction',
      'disposition',
      'is_completed',
      'to',
      'contact',
      'createdAt',
      'updatedAt',
    ] as const;
    const lacking = calls.filter((c) => fields.some((field) => c[field] === undefined));
    expect(lacking.length / calls.length).toBeGreaterThan(0.008);
    expect(lacking.length / calls.length).toBeLessThan(0.03);
    for (const call of lacking)
      expect(fields.filter((field) => call[field] === undefined)).toHaveLength(1);
    for (const field of fields)
      expect(
        calls.some((c) => c[field] === undefined),
        field,
      ).toBe(true);
  });
});

describe('entities', () => {
  it('about a dozen reps in one team, one inactive without calls in the last 30 days', () => {
    const { reps } = simulator.dataset;
    expect(reps).toHaveLength(12);
    const inactive = reps.filter((rep) => rep.status === 'inactive');
    expect(inactive).toHaveLength(1);
    const recent = calls.filter(
      (c) =>
        c.user?._id === inactive[0]?._id &&
        Date.parse(c.started_at ?? '') > TEST_NOW.getTime() - 30 * DAY,
    );
    expect(recent).toHaveLength(0);
  });
  it('8–12 lists and 4–6 sequences, every one used', () => {
    const { lists, sequences } = simulator.dataset;
    expect(lists.length).toBeGreaterThanOrEqual(8);
    expect(lists.length).toBeLessThanOrEqual(12);
    expect(sequences.length).toBeGreaterThanOrEqual(4);
    expect(sequences.length).toBeLessThanOrEqual(6);
    const usedLists = new Set(calls.map((c) => c.contact_list?._id));
    for (const list of lists) expect(usedLists.has(list._id)).toBe(true);
    for (const sequence of sequences) expect(sequence.total_calls).toBeGreaterThan(0);
    expect(calls.some((c) => simulator.describeCall(c._id)?.sequenceId === null)).toBe(true);
  });
});
