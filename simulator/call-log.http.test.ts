import { CALL_SORT_FIELDS } from '../contract/salesfinity.ts';
import type { CallSortField } from '../contract/salesfinity.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from './call-record.ts';
import { startSimulator } from './index.ts';
import type { RunningSimulator } from './index.ts';
import {
  TEST_KEY,
  TEST_NOW,
  digits,
  fetchAllCalls,
  getJson,
  hasEmbeddedControlChars,
  parseTolerantJson,
} from './test-helpers.ts';
import type { CallPageBody } from './test-helpers.ts';

/**
 * The call-log contract over HTTP. Every expectation is computed here from the full call list
 * (fetched page by page) with predicates written in this file, never with the engine's code.
 */

type Predicate = (call: CallRecord) => boolean;

let running: RunningSimulator;
let url: string;
let all: CallRecord[];
let positiveIds: Set<number>;
let sequenceIds: string[];

beforeAll(async () => {
  running = await startSimulator({ calls: 2000, seed: 7, now: TEST_NOW, apiKey: TEST_KEY });
  url = running.url;
  all = (await fetchAllCalls(url)).calls;
  const dispositions = await getJson<{ data: { id: number; category: string }[] }>(
    url,
    '/v1/dispositions',
  );
  positiveIds = new Set(
    dispositions.body.data.filter((d) => d.category === 'positive').map((d) => d.id),
  );
  const sequences = await getJson<{ data: { id: string }[] }>(url, '/v1/sequences?limit=100');
  sequenceIds = sequences.body.data.map((s) => s.id);
});

afterAll(async () => {
  await running.close();
});

const q = (params: Record<string, string | string[]>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
  }
  return search.toString();
};

const timeOf = (iso: string | undefined): number | undefined =>
  iso === undefined ? undefined : Date.parse(iso);
const startedAtLeast =
  (iso: string): Predicate =>
  (c) =>
    (timeOf(c.started_at) ?? -Infinity) >= Date.parse(iso);
const startedAtMost =
  (iso: string): Predicate =>
  (c) =>
    (timeOf(c.started_at) ?? Infinity) <= Date.parse(iso);
const startedOnOrBeforeDay =
  (day: string): Predicate =>
  (c) =>
    c.started_at !== undefined && c.started_at.slice(0, 10) <= day;
const durationAtLeast =
  (min: number): Predicate =>
  (c) =>
    c.duration !== undefined && c.duration >= min;
const durationAtMost =
  (max: number): Predicate =>
  (c) =>
    c.duration !== undefined && c.duration <= max;
const hasRecording: Predicate = (c) =>
  typeof c.recording_url === 'string' && c.recording_url !== '';
const dispositionIn =
  (...ids: number[]): Predicate =>
  (c) =>
    c.disposition !== undefined && ids.includes(c.disposition.internal_id);
const userIn =
  (...ids: string[]): Predicate =>
  (c) =>
    c.user !== undefined && ids.includes(c.user._id);
const listIn =
  (...ids: string[]): Predicate =>
  (c) =>
    c.contact_list !== undefined && ids.includes(c.contact_list._id);
const sequenceIn =
  (...ids: string[]): Predicate =>
  (c) => {
    const sequenceId = running.simulator.describeCall(c._id)?.sequenceId;
    return sequenceId !== null && sequenceId !== undefined && ids.includes(sequenceId);
  };
const fromIn =
  (...numbers: string[]): Predicate =>
  (c) =>
    c.from !== undefined && numbers.map(digits).includes(digits(c.from));
const toIn =
  (...numbers: string[]): Predicate =>
  (c) =>
    c.to !== undefined && numbers.map(digits).includes(digits(c.to));
const matchesSearch =
  (term: string): Predicate =>
  (c) => {
    const text = term.trim().replace(/\s+/g, ' ').toLowerCase();
    const contact = c.contact;
    const fields = contact
      ? [
          contact.first_name,
          contact.last_name,
          `${contact.first_name} ${contact.last_name}`,
          contact.company,
        ]
      : [];
    if (fields.some((field) => field.toLowerCase().includes(text))) return true;
    const wanted = term.replace(/[\s().+-]/g, '');
    if (!/^\d+$/.test(wanted)) return false;
    const numbers = [c.to, c.from, ...(contact?.phone_numbers.map((p) => p.number) ?? [])];
    return numbers.some((number) => number !== undefined && digits(number).includes(wanted));
  };
const and =
  (...predicates: Predicate[]): Predicate =>
  (c) =>
    predicates.every((p) => p(c));

const valueOf = (call: CallRecord, field: CallSortField): number | undefined =>
  field === 'duration' ? call.duration : timeOf(call[field]);
const byId = (a: CallRecord, b: CallRecord) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** Ascending or descending by value; ties by _id in the same direction; missing values last. */
function expectedOrder(calls: CallRecord[], field: CallSortField, isDescending: boolean): string[] {
  const sign = isDescending ? -1 : 1;
  return [...calls]
    .sort((a, b) => {
      const av = valueOf(a, field);
      const bv = valueOf(b, field);
      if (av === undefined || bv === undefined) {
        if (av !== bv) return av === undefined ? 1 : -1;
        return sign * byId(a, b);
      }
      return sign * (av - bv) || sign * byId(a, b);
    })
    .map((c) => c._id);
}

/**
 * Compares the filtered list with the brute-force expectation, in order: every page when the
 * result is small; for large results the total plus the first two and the last page, which is
 * where a wrong count or order would show (all pages come from the same walk).
 */
async function expectFilter(query: string, predicate: Predicate, { allowEmpty = false } = {}) {
  const expected = all.filter(predicate);
  if (!allowEmpty) expect(expected.length, 'the case should select something').toBeGreaterThan(0);
  const sort = new URLSearchParams(query).get('sort') ?? '-createdAt';
  const field = sort.replace(/^-/, '') as CallSortField;
  const order = expectedOrder(expected, field, sort.startsWith('-'));
  const pages = Math.ceil(expected.length / 100);
  const toCheck =
    pages <= 6 ? Array.from({ length: Math.max(1, pages) }, (_, i) => i + 1) : [1, 2, pages];
  for (const page of toCheck) {
    const { status, body } = await getJson<CallPageBody>(
      url,
      `/v1/call-log?${query}&limit=100&page=${page}`,
    );
    expect(status).toBe(200);
    expect(body.pagination.total).toBe(expected.length);
    for (const call of body.data)
      expect(predicate(call), `${call._id} should match ${query}`).toBe(true);
    expect(body.data.map((c) => c._id)).toEqual(order.slice((page - 1) * 100, page * 100));
  }
  return expected;
}

function sample<T>(items: T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('no sample');
  return item;
}

describe('GET /v1/call-log: the data set', () => {
  it('pages through every call exactly once, each with a unique _id', () => {
    expect(all).toHaveLength(2000);
    expect(new Set(all.map((c) => c._id)).size).toBe(2000);
  });
});

describe('GET /v1/call-log: each filter alone', () => {
  const day = (offsetDays: number) =>
    new Date(TEST_NOW.getTime() - offsetDays * 86_400_000).toISOString().slice(0, 10);

  it('start_date as a date-time is an inclusive lower bound on started_at', async () => {
    const iso = new Date(TEST_NOW.getTime() - 20 * 86_400_000).toISOString();
    await expectFilter(q({ 'filters[start_date]': iso }), startedAtLeast(iso));
  });
  it('start_date as a bare date starts at 00:00Z', async () => {
    await expectFilter(
      q({ 'filters[start_date]': day(30) }),
      startedAtLeast(`${day(30)}T00:00:00.000Z`),
    );
  });
  it('end_date as a bare date covers that whole UTC day', async () => {
    await expectFilter(q({ 'filters[end_date]': day(45) }), startedOnOrBeforeDay(day(45)));
  });
  it('end_date as a date-time is an inclusive upper bound', async () => {
    const exact =
      sample(
        all.filter((c) => c.started_at),
        17,
      ).started_at ?? '';
    const expected = await expectFilter(q({ 'filters[end_date]': exact }), startedAtMost(exact));
    expect(expected.some((c) => c.started_at === exact)).toBe(true);
  });
  it('a start_date equal to a call start includes that call', async () => {
    const exact =
      sample(
        all.filter((c) => c.started_at),
        1500,
      ).started_at ?? '';
    const expected = await expectFilter(
      q({ 'filters[start_date]': exact, 'filters[end_date]': exact }),
      and(startedAtLeast(exact), startedAtMost(exact)),
    );
    expect(expected.map((c) => c.started_at)).toContain(exact);
  });
  it('date-times with an offset are converted to UTC', async () => {
    await expectFilter(
      q({ 'filters[start_date]': `${day(10)}T09:00:00-05:00` }),
      startedAtLeast(`${day(10)}T14:00:00.000Z`),
    );
  });

  for (const outcome of ['answered', 'no-answer', 'cancelled'] as const) {
    it(`outcome=${outcome}`, async () => {
      await expectFilter(q({ 'filters[outcome]': outcome }), (c) => c.outcome === outcome);
    });
  }
  for (const direction of ['inbound', 'outbound'] as const) {
    it(`direction=${direction}`, async () => {
      await expectFilter(q({ 'filters[direction]': direction }), (c) => c.direction === direction);
    });
  }
  for (const answeredBy of ['human', 'machine_start'] as const) {
    it(`answered_by=${answeredBy}`, async () => {
      await expectFilter(
        q({ 'filters[answered_by]': answeredBy }),
        (c) => c.answered_by === answeredBy,
      );
    });
  }
  it('min_duration is inclusive', async () => {
    await expectFilter(q({ 'filters[min_duration]': '60' }), durationAtLeast(60));
  });
  it('max_duration is inclusive', async () => {
    const expected = await expectFilter(q({ 'filters[max_duration]': '3' }), durationAtMost(3));
    expect(expected.some((c) => c.duration === 3)).toBe(true);
  });
  it('min_duration=0 keeps every call that has a duration', async () => {
    await expectFilter(q({ 'filters[min_duration]': '0' }), (c) => c.duration !== undefined);
  });
  it('fractional durations compare numerically', async () => {
    await expectFilter(
      q({ 'filters[min_duration]': '29.5', 'filters[max_duration]': '40.5' }),
      and(durationAtLeast(29.5), durationAtMost(40.5)),
    );
  });
  it('has_recording=true means a non-empty recording_url', async () => {
    await expectFilter(q({ 'filters[has_recording]': 'true' }), hasRecording);
  });
  it('has_recording=false means an empty or absent recording_url', async () => {
    await expectFilter(q({ 'filters[has_recording]': 'false' }), (c) => !hasRecording(c));
  });
  it('is_completed=true and false', async () => {
    await expectFilter(q({ 'filters[is_completed]': 'true' }), (c) => c.is_completed === true);
    await expectFilter(q({ 'filters[is_completed]': 'false' }), (c) => c.is_completed === false);
  });
  it('disposition_ids: one id', async () => {
    await expectFilter(q({ 'filters[disposition_ids][]': '1' }), dispositionIn(1));
  });
  it('disposition_ids: several ids match any, custom ones included', async () => {
    await expectFilter(
      q({ 'filters[disposition_ids][]': ['3', '6', '16'] }),
      dispositionIn(3, 6, 16),
    );
  });
  it('disposition_ids: an unknown id matches nothing', async () => {
    await expectFilter(q({ 'filters[disposition_ids][]': '99' }), dispositionIn(99), {
      allowEmpty: true,
    });
  });
  it('exclude_negative_dispositions=true keeps only the positive category', async () => {
    const expected = await expectFilter(
      q({ 'filters[exclude_negative_dispositions]': 'true' }),
      (c) => c.disposition !== undefined && positiveIds.has(c.disposition.internal_id),
    );
    expect(expected.some((c) => c.disposition?.internal_id === 15)).toBe(true);
  });
  it('exclude_negative_dispositions=false filters nothing', async () => {
    await expectFilter(q({ 'filters[exclude_negative_dispositions]': 'false' }), () => true);
  });
  it('user_ids: one and several', async () => {
    const a = sample(all, 3).user?._id ?? '';
    const b = all.find((c) => c.user && c.user._id !== a)?.user?._id ?? '';
    await expectFilter(q({ 'filters[user_ids][]': a }), userIn(a));
    await expectFilter(q({ 'filters[user_ids][]': [a, b] }), userIn(a, b));
  });
  it('contact_list_ids: one and several', async () => {
    const lists = [...new Set(all.flatMap((c) => (c.contact_list ? [c.contact_list._id] : [])))];
    await expectFilter(
      q({ 'filters[contact_list_ids][]': sample(lists, 0) }),
      listIn(sample(lists, 0)),
    );
    await expectFilter(
      q({ 'filters[contact_list_ids][]': [sample(lists, 1), sample(lists, 2)] }),
      listIn(sample(lists, 1), sample(lists, 2)),
    );
  });
  it('sequences: one and several; totals agree with /v1/sequences', async () => {
    const first = sample(sequenceIds, 0);
    const expected = await expectFilter(q({ 'filters[sequences][]': first }), sequenceIn(first));
    const detail = await getJson<{ data: { total_calls: number } }>(url, `/v1/sequences/${first}`);
    expect(detail.body.data.total_calls).toBe(expected.length);
    await expectFilter(
      q({ 'filters[sequences][]': [sample(sequenceIds, 1), sample(sequenceIds, 2)] }),
      sequenceIn(sample(sequenceIds, 1), sample(sequenceIds, 2)),
    );
  });
  it('from matches on digits only', async () => {
    const from =
      sample(
        all.filter((c) => c.direction === 'outbound'),
        5,
      ).from ?? '';
    expect(from).toMatch(/^\+1\d{10}$/);
    const reformatted = `+1 (${from.slice(2, 5)}) ${from.slice(5, 8)}-${from.slice(8)}`;
    await expectFilter(q({ 'filters[from][]': reformatted }), fromIn(from));
  });
  it('to matches on digits only, whatever the stored format', async () => {
    const stored =
      all.find((c) => c.direction === 'outbound' && /^\(\d{3}\) \d{3}-\d{4}$/.test(c.to ?? ''))
        ?.to ?? '';
    const dotted = stored.replace(/^\((\d{3})\) (\d{3})-(\d{4})$/, '$1.$2.$3');
    await expectFilter(q({ 'filters[to][]': dotted }), toIn(stored));
    const eleven = all.find((c) => /^1\d{10}$/.test(c.to ?? ''))?.to ?? '';
    const plus = `+1 (${eleven.slice(1, 4)}) ${eleven.slice(4, 7)}-${eleven.slice(7)}`;
    await expectFilter(q({ 'filters[to]': plus }), toIn(eleven));
  });
  it('to: several numbers match any', async () => {
    const numbers = [sample(all, 10).to ?? '', sample(all, 900).to ?? ''];
    await expectFilter(q({ 'filters[to][]': numbers }), toIn(...numbers));
  });
  it('search: a last name, case-insensitively', async () => {
    const last =
      sample(
        all.filter((c) => c.contact),
        40,
      ).contact?.last_name ?? '';
    await expectFilter(q({ 'filters[search]': last.toUpperCase() }), matchesSearch(last));
  });
  it('search: part of a company name', async () => {
    const company =
      sample(
        all.filter((c) => c.contact),
        41,
      ).contact?.company ?? '';
    const part = company.split(' ')[0]?.toLowerCase() ?? '';
    await expectFilter(q({ 'filters[search]': part }), matchesSearch(part));
  });
  it('search: a full name with extra spaces', async () => {
    const contact = sample(
      all.filter((c) => c.contact),
      42,
    ).contact;
    const term = `  ${contact?.first_name ?? ''}   ${contact?.last_name ?? ''} `;
    await expectFilter(q({ 'filters[search]': term }), matchesSearch(term));
  });
  it('search: digits match phone numbers whatever their punctuation', async () => {
    const number = digits(sample(all, 43).to).slice(-7);
    const term = `${number.slice(0, 3)}-${number.slice(3)}`;
    await expectFilter(q({ 'filters[search]': term }), matchesSearch(term));
  });
  it('search: the rep caller id (from) is searchable too', async () => {
    const term = digits(sample(all, 44).from).slice(-4);
    await expectFilter(q({ 'filters[search]': term }), matchesSearch(term));
  });
  it('search: nothing matches gives total 0', async () => {
    await expectFilter(
      q({ 'filters[search]': 'zzzz-no-such-contact' }),
      matchesSearch('zzzz-no-such-contact'),
      {
        allowEmpty: true,
      },
    );
  });
  it('search: blank means no search', async () => {
    await expectFilter(q({ 'filters[search]': '   ' }), () => true);
  });
});

describe('GET /v1/call-log: filters combined (AND across, OR within)', () => {
  const day = (offsetDays: number) =>
    new Date(TEST_NOW.getTime() - offsetDays * 86_400_000).toISOString().slice(0, 10);

  it('date range + outcome', async () => {
    await expectFilter(
      q({
        'filters[start_date]': day(40),
        'filters[end_date]': day(20),
        'filters[outcome]': 'answered',
      }),
      and(
        startedAtLeast(`${day(40)}T00:00:00Z`),
        startedOnOrBeforeDay(day(20)),
        (c) => c.outcome === 'answered',
      ),
    );
  });
  it('answered by a human for a minute or more, with a recording', async () => {
    await expectFilter(
      q({
        'filters[outcome]': 'answered',
        'filters[answered_by]': 'human',
        'filters[min_duration]': '60',
        'filters[has_recording]': 'true',
      }),
      and(
        (c) => c.outcome === 'answered',
        (c) => c.answered_by === 'human',
        durationAtLeast(60),
        hasRecording,
      ),
    );
  });
  it('two reps + two dispositions', async () => {
    const reps = [...new Set(all.map((c) => c.user?._id ?? ''))].slice(0, 2);
    await expectFilter(
      q({ 'filters[user_ids][]': reps, 'filters[disposition_ids][]': ['10', '11'] }),
      and(userIn(...reps), dispositionIn(10, 11)),
    );
  });
  it('inbound + completed', async () => {
    await expectFilter(
      q({ 'filters[direction]': 'inbound', 'filters[is_completed]': 'true' }),
      and(
        (c) => c.direction === 'inbound',
        (c) => c.is_completed === true,
      ),
    );
  });
  it('search + outbound + sorted by duration', async () => {
    const term =
      sample(
        all.filter((c) => c.contact),
        7,
      ).contact?.company.split(' ')[0] ?? '';
    await expectFilter(
      `${q({ 'filters[search]': term, 'filters[direction]': 'outbound' })}&sort=duration`,
      and(matchesSearch(term), (c) => c.direction === 'outbound'),
    );
  });
  it('contact list + sequence', async () => {
    const withBoth = all.find((c) => c.contact_list && sequenceIn(...sequenceIds)(c));
    const list = withBoth?.contact_list?._id ?? '';
    const sequence = running.simulator.describeCall(withBoth?._id ?? '')?.sequenceId ?? '';
    await expectFilter(
      q({ 'filters[contact_list_ids][]': list, 'filters[sequences][]': sequence }),
      and(listIn(list), sequenceIn(sequence)),
    );
  });
  it('positive dispositions + one rep', async () => {
    const rep = sample(all, 11).user?._id ?? '';
    await expectFilter(
      q({ 'filters[exclude_negative_dispositions]': 'true', 'filters[user_ids][]': rep }),
      and(
        (c) => c.disposition !== undefined && positiveIds.has(c.disposition.internal_id),
        userIn(rep),
      ),
    );
  });
  it('voicemails between 12 and 30 seconds', async () => {
    await expectFilter(
      q({
        'filters[answered_by]': 'machine_start',
        'filters[min_duration]': '12',
        'filters[max_duration]': '30',
      }),
      and((c) => c.answered_by === 'machine_start', durationAtLeast(12), durationAtMost(30)),
    );
  });
  it('from + outcome', async () => {
    const from =
      sample(
        all.filter((c) => c.direction === 'outbound'),
        12,
      ).from ?? '';
    await expectFilter(
      q({ 'filters[from][]': from, 'filters[outcome]': 'no-answer' }),
      and(fromIn(from), (c) => c.outcome === 'no-answer'),
    );
  });
  it('to + no recording', async () => {
    const to = all.filter((c) => !hasRecording(c) && c.to).map((c) => c.to ?? '');
    const numbers = [sample(to, 0), sample(to, 5)];
    await expectFilter(
      q({ 'filters[to][]': numbers, 'filters[has_recording]': 'false' }),
      and(toIn(...numbers), (c) => !hasRecording(c)),
    );
  });
  it('dates + digits search', async () => {
    const term = '555';
    await expectFilter(
      q({ 'filters[start_date]': day(60), 'filters[end_date]': day(1), 'filters[search]': term }),
      and(
        startedAtLeast(`${day(60)}T00:00:00Z`),
        startedOnOrBeforeDay(day(1)),
        matchesSearch(term),
      ),
    );
  });
  it('several dispositions + several lists + max duration', async () => {
    const lists = [
      ...new Set(all.flatMap((c) => (c.contact_list ? [c.contact_list._id] : []))),
    ].slice(0, 3);
    await expectFilter(
      q({
        'filters[disposition_ids][]': ['10', '12', '13'],
        'filters[contact_list_ids][]': lists,
        'filters[max_duration]': '20',
      }),
      and(dispositionIn(10, 12, 13), listIn(...lists), durationAtMost(20)),
    );
  });
  it('contradictory filters give an empty page with total 0', async () => {
    await expectFilter(
      q({ 'filters[outcome]': 'no-answer', 'filters[answered_by]': 'human' }),
      and(
        (c) => c.outcome === 'no-answer',
        (c) => c.answered_by === 'human',
      ),
      { allowEmpty: true },
    );
  });
});

describe('GET /v1/call-log: array and bracket spellings', () => {
  it('accepts filters[x]=a, filters[x][]=a and filters[x][0]=a alike', async () => {
    const [a, b] = [...new Set(all.map((c) => c.user?._id ?? ''))];
    const predicate = userIn(a ?? '', b ?? '');
    await expectFilter(`filters[user_ids]=${a}&filters[user_ids]=${b}`, predicate);
    await expectFilter(`filters[user_ids][0]=${a}&filters[user_ids][1]=${b}`, predicate);
    await expectFilter(`filters[user_ids][]=${a}&filters[user_ids][]=${b}`, predicate);
  });
  it('accepts percent-encoded brackets', async () => {
    await expectFilter('filters%5Boutcome%5D=answered', (c) => c.outcome === 'answered');
    await expectFilter(
      'filters%5Bdisposition_ids%5D%5B%5D=1&filters%5Bdisposition_ids%5D%5B%5D=4',
      dispositionIn(1, 4),
    );
  });
  it('ignores unknown query keys', async () => {
    await expectFilter('utm_source=x&filters[colour]=blue&foo[bar]=1', () => true);
  });
});

describe('GET /v1/call-log: sorting', () => {
  // Every page of the field with the most ties; the head and tail pages (where missing values
  // land) of the others, which keeps this file fast.
  for (const field of CALL_SORT_FIELDS) {
    for (const isDescending of [false, true]) {
      const sort = `${isDescending ? '-' : ''}${field}`;
      it(`sort=${sort} orders pages by value, ties by _id, missing values last`, async () => {
        const expected = expectedOrder(all, field, isDescending);
        if (field === 'duration') {
          const { calls } = await fetchAllCalls(url, `sort=${sort}`);
          expect(calls.map((c) => c._id)).toEqual(expected);
          return;
        }
        for (const page of [1, 2, 19, 20]) {
          const { body } = await getJson<CallPageBody>(
            url,
            `/v1/call-log?sort=${sort}&limit=100&page=${page}`,
          );
          expect(body.data.map((c) => c._id)).toEqual(expected.slice((page - 1) * 100, page * 100));
        }
      });
    }
  }

  it('some records lack each sort field, so "missing last" is exercised', () => {
    for (const field of CALL_SORT_FIELDS) {
      expect(
        all.some((c) => valueOf(c, field) === undefined),
        field,
      ).toBe(true);
    }
  });

  it('durations have ties, so the tie-break is exercised', () => {
    const durations = all.map((c) => c.duration);
    expect(new Set(durations).size).toBeLessThan(durations.length / 2);
  });

  it('defaults to -createdAt', async () => {
    const defaults = await getJson<CallPageBody>(url, '/v1/call-log?limit=100&page=3');
    const explicit = await getJson<CallPageBody>(
      url,
      '/v1/call-log?limit=100&page=3&sort=-createdAt',
    );
    expect(defaults.body.data.map((c) => c._id)).toEqual(explicit.body.data.map((c) => c._id));
    expect(defaults.body.data.map((c) => c._id)).toEqual(
      expectedOrder(all, 'createdAt', true).slice(200, 300),
    );
  });
});

describe('GET /v1/call-log: pagination', () => {
  it('defaults to page 1 of 10', async () => {
    const { body } = await getJson<CallPageBody>(url, '/v1/call-log');
    expect(body.data).toHaveLength(10);
    expect(body.pagination).toEqual({ total: 2000, page: 1, limit: 10, pages: 200, next: 2 });
  });
  it('computes pages = ceil(total / limit) and next', async () => {
    const { body } = await getJson<CallPageBody>(url, '/v1/call-log?limit=7&page=3');
    expect(body.data).toHaveLength(7);
    expect(body.pagination).toEqual({ total: 2000, page: 3, limit: 7, pages: 286, next: 4 });
  });
  it('the last page is short and has next: null', async () => {
    const { body } = await getJson<CallPageBody>(url, '/v1/call-log?limit=7&page=286');
    expect(body.data).toHaveLength(2000 - 285 * 7);
    expect(body.pagination.next).toBeNull();
  });
  it('an exactly full last page has next: null', async () => {
    const { body } = await getJson<CallPageBody>(url, '/v1/call-log?limit=100&page=20');
    expect(body.data).toHaveLength(100);
    expect(body.pagination).toEqual({ total: 2000, page: 20, limit: 100, pages: 20, next: null });
  });
  it('a page past the end returns no data with the true total', async () => {
    const { body } = await getJson<CallPageBody>(url, '/v1/call-log?limit=50&page=41');
    expect(body.data).toEqual([]);
    expect(body.pagination).toEqual({ total: 2000, page: 41, limit: 50, pages: 40, next: null });
  });
  it('pages of a filtered list partition it', async () => {
    const query = 'filters[outcome]=answered&sort=duration';
    const { calls } = await fetchAllCalls(url, query);
    const first = await getJson<CallPageBody>(url, `/v1/call-log?${query}&limit=25&page=2`);
    expect(first.body.data.map((c) => c._id)).toEqual(calls.slice(25, 50).map((c) => c._id));
    expect(first.body.pagination.pages).toBe(Math.ceil(calls.length / 25));
  });
  it('an empty result has pages 0 and next null', async () => {
    const { body } = await getJson<CallPageBody>(url, '/v1/call-log?filters[search]=zzzz-none');
    expect(body).toEqual({
      data: [],
      pagination: { total: 0, page: 1, limit: 10, pages: 0, next: null },
    });
  });
});

describe('GET /v1/call-log/{id}', () => {
  it('returns the call wrapped in data, identical to its list form', async () => {
    const call = sample(all, 123);
    const { status, body } = await getJson<{ data: CallRecord }>(url, `/v1/call-log/${call._id}`);
    expect(status).toBe(200);
    expect(body.data).toEqual(call);
  });
});

describe('raw control characters in transcripts', () => {
  it('some pages carry them: strict JSON.parse throws, a tolerant parse recovers the records', async () => {
    let rawPages = 0;
    let cleanPages = 0;
    const rawIds: string[] = [];
    for (let page = 1; page <= 20; page++) {
      const response = await fetch(`${url}/v1/call-log?limit=100&page=${page}&sort=createdAt`, {
        headers: { 'x-api-key': TEST_KEY },
      });
      const text = await response.text();
      const records = (parseTolerantJson(text) as CallPageBody).data;
      const raw = records.filter((c) => hasEmbeddedControlChars(c.transcription));
      if (raw.length === 0) {
        cleanPages++;
        expect(JSON.parse(text)).toEqual(parseTolerantJson(text));
        continue;
      }
      rawPages++;
      rawIds.push(...raw.map((c) => c._id));
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    }
    // Both kinds of page occur, so both branches above ran.
    expect(rawPages).toBeGreaterThan(0);
    expect(cleanPages).toBeGreaterThan(0);
    // The detail endpoint sends the same raw form.
    const detail = await fetch(`${url}/v1/call-log/${rawIds[0] ?? ''}`, {
      headers: { 'x-api-key': TEST_KEY },
    });
    const detailText = await detail.text();
    expect(() => JSON.parse(detailText) as unknown).toThrow(SyntaxError);
    expect(hasEmbeddedControlChars(detailText)).toBe(true);
  });
});
