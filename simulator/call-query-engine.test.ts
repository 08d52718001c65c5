import { CALL_SORT_FIELDS } from '../contract/salesfinity.ts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallLogFilters, CallLogQuery } from './call-log-query.ts';
import { queryCalls } from './call-query-engine.ts';
import type { CallRecord } from './call-record.ts';
import { createSimulator } from './index.ts';
import type { Simulator } from './index.ts';
import { TEST_NOW } from './test-helpers.ts';

/**
 * The engine against a brute-force reference over the materialised records, for many random
 * combinations of filters, sorts and pages (the HTTP tests cover the wire format).
 */

let simulator: Simulator;
let records: CallRecord[];

beforeAll(() => {
  simulator = createSimulator({ calls: 3000, seed: 21, now: TEST_NOW });
  records = simulator.callRecords();
});

const digits = (text: string | undefined) => (text ?? '').replace(/\D/g, '');

function matches(call: CallRecord, f: CallLogFilters): boolean {
  const started = call.started_at === undefined ? undefined : Date.parse(call.started_at);
  if (f.startMs !== undefined && !(started !== undefined && started >= f.startMs)) return false;
  if (f.endMs !== undefined && !(started !== undefined && started <= f.endMs)) return false;
  if (f.outcome && call.outcome !== f.outcome) return false;
  if (f.direction && call.direction !== f.direction) return false;
  if (f.answeredBy && call.answered_by !== f.answeredBy) return false;
  if (
    f.minDuration !== undefined &&
    !(call.duration !== undefined && call.duration >= f.minDuration)
  )
    return false;
  if (
    f.maxDuration !== undefined &&
    !(call.duration !== undefined && call.duration <= f.maxDuration)
  )
    return false;
  if (f.hasRecording !== undefined && Boolean(call.recording_url) !== f.hasRecording) return false;
  if (f.isCompleted !== undefined && call.is_completed !== f.isCompleted) return false;
  const disposition = call.disposition?.internal_id;
  if (f.dispositionIds && !(disposition !== undefined && f.dispositionIds.includes(disposition)))
    return false;
  if (
    f.positiveOnly &&
    simulator.dataset.dispositionById[disposition ?? 0]?.category !== 'positive'
  )
    return false;
  if (f.userIds && !f.userIds.includes(call.user?._id ?? '')) return false;
  if (f.contactListIds && !f.contactListIds.includes(call.contact_list?._id ?? '')) return false;
  if (f.sequences && !f.sequences.includes(simulator.describeCall(call._id)?.sequenceId ?? ''))
    return false;
  if (f.fromDigits && !f.fromDigits.includes(digits(call.from) || '-')) return false;
  if (f.toDigits && !f.toDigits.includes(digits(call.to) || '-')) return false;
  if (f.search !== undefined) {
    const term = f.search.toLowerCase();
    const c = call.contact;
    const texts = c ? [c.first_name, c.last_name, `${c.first_name} ${c.last_name}`, c.company] : [];
    const wanted = f.search.replace(/[\s().+-]/g, '');
    const numbers = [call.to, call.from, ...(c?.phone_numbers.map((p) => p.number) ?? [])];
    const isMatch =
      texts.some((text) => text.toLowerCase().includes(term)) ||
      (/^\d+$/.test(wanted) && numbers.some((n) => n !== undefined && digits(n).includes(wanted)));
    if (!isMatch) return false;
  }
  return true;
}

function sortValue(call: CallRecord, field: CallLogQuery['sort']['field']): number | undefined {
  if (field === 'duration') return call.duration;
  const value = call[field];
  return value === undefined ? undefined : Date.parse(value);
}

function reference(query: CallLogQuery): { total: number; ids: string[] } {
  const sign = query.sort.isDescending ? -1 : 1;
  const matching = records
    .filter((call) => matches(call, query.filters))
    .sort((a, b) => {
      const av = sortValue(a, query.sort.field);
      const bv = sortValue(b, query.sort.field);
      if (av === undefined || bv === undefined) {
        if (av !== bv) return av === undefined ? 1 : -1;
      } else if (av !== bv) {
        return sign * (av - bv);
      }
      return sign * (a._id < b._id ? -1 : 1);
    });
  const from = (query.page - 1) * query.limit;
  return {
    total: matching.length,
    ids: matching.slice(from, from + query.limit).map((c) => c._id),
  };
}

function filtersArbitrary(): fc.Arbitrary<CallLogFilters> {
  const { reps, lists, sequences } = simulator.dataset;
  const sample = (pick: (c: CallRecord) => string | undefined) =>
    fc
      .integer({ min: 0, max: records.length - 1 })
      .map((i) => pick(records[i] as CallRecord) ?? 'none');
  const day = 86_400_000;
  const now = TEST_NOW.getTime();
  return fc.record(
    {
      startMs: fc.integer({ min: now - 95 * day, max: now }),
      endMs: fc.integer({ min: now - 90 * day, max: now + day }),
      outcome: fc.constantFrom('answered', 'no-answer', 'cancelled'),
      direction: fc.constantFrom('inbound', 'outbound'),
      answeredBy: fc.constantFrom('human', 'machine_start'),
      minDuration: fc.integer({ min: 0, max: 120 }),
      maxDuration: fc.integer({ min: 0, max: 600 }),
      hasRecording: fc.boolean(),
      isCompleted: fc.boolean(),
      positiveOnly: fc.constant(true),
      dispositionIds: fc.uniqueArray(fc.integer({ min: 1, max: 18 }), {
        minLength: 1,
        maxLength: 4,
      }),
      userIds: fc.uniqueArray(fc.constantFrom(...reps.map((r) => r._id)), {
        minLength: 1,
        maxLength: 3,
      }),
      contactListIds: fc.uniqueArray(fc.constantFrom(...lists.map((l) => l._id)), {
        minLength: 1,
        maxLength: 3,
      }),
      sequences: fc.uniqueArray(fc.constantFrom(...sequences.map((s) => s.id)), {
        minLength: 1,
        maxLength: 2,
      }),
      fromDigits: fc.array(
        sample((c) => digits(c.from)),
        { minLength: 1, maxLength: 2 },
      ),
      toDigits: fc.array(
        sample((c) => digits(c.to)),
        { minLength: 1, maxLength: 2 },
      ),
      search: fc.oneof(
        sample((c) => c.contact?.last_name.slice(0, 4)),
        sample((c) => c.contact?.company.split(' ')[0]),
        sample((c) => digits(c.to).slice(-5)),
        fc.constantFrom('555', 'an', 'zz'),
      ),
    },
    { requiredKeys: [] },
  );
}

describe('queryCalls', () => {
  it('agrees with a brute-force reference on random queries', () => {
    fc.assert(
      fc.property(
        filtersArbitrary(),
        fc.constantFrom(...CALL_SORT_FIELDS),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(1, 7, 50, 100),
        (filters, field, isDescending, page, limit) => {
          const query: CallLogQuery = { page, limit, sort: { field, isDescending }, filters };
          const result = queryCalls(simulator.dataset, query);
          const expected = reference(query);
          expect(result.total).toBe(expected.total);
          expect(result.indexes.map((i) => records[i]?._id)).toEqual(expected.ids);
        },
      ),
      { seed: 20250618, numRuns: 150 },
    );
  });
  it('without filters returns the sort order directly', () => {
    const query: CallLogQuery = {
      page: 2,
      limit: 100,
      sort: { field: 'updatedAt', isDescending: true },
      filters: {},
    };
    const result = queryCalls(simulator.dataset, query);
    expect(result.total).toBe(3000);
    expect(result.indexes.map((i) => records[i]?._id)).toEqual(reference(query).ids);
  });
});
