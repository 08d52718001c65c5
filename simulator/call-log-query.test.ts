import { describe, expect, it } from 'vitest';
import { parseCallLogQuery } from './call-log-query.ts';
import { parseQueryString } from './query-params.ts';

const parse = (query: string) => parseCallLogQuery(parseQueryString(query));

describe('parseCallLogQuery', () => {
  it('applies the contract defaults', () => {
    expect(parse('')).toEqual({
      page: 1,
      limit: 10,
      sort: { field: 'createdAt', isDescending: true },
      filters: {},
    });
  });
  it('reads every filter', () => {
    const query = parse(
      [
        'page=3&limit=50&sort=duration',
        'filters[start_date]=2025-06-01&filters[end_date]=2025-06-02',
        'filters[outcome]=answered&filters[direction]=outbound&filters[answered_by]=human',
        'filters[min_duration]=10&filters[max_duration]=99.5',
        'filters[has_recording]=true&filters[is_completed]=false&filters[exclude_negative_dispositions]=true',
        'filters[disposition_ids][]=1&filters[disposition_ids][]=15',
        'filters[user_ids][]=u1&filters[contact_list_ids][]=l1&filters[sequences][]=seq_1',
        'filters[from][]=%2B1 (415) 555-0100&filters[to][]=415.555.0101',
        'filters[search]=  Acme   Corp ',
      ].join('&'),
    );
    expect(query).toEqual({
      page: 3,
      limit: 50,
      sort: { field: 'duration', isDescending: false },
      filters: {
        startMs: Date.parse('2025-06-01T00:00:00.000Z'),
        endMs: Date.parse('2025-06-02T23:59:59.999Z'),
        outcome: 'answered',
        direction: 'outbound',
        answeredBy: 'human',
        minDuration: 10,
        maxDuration: 99.5,
        hasRecording: true,
        isCompleted: false,
        positiveOnly: true,
        dispositionIds: [1, 15],
        userIds: ['u1'],
        contactListIds: ['l1'],
        sequences: ['seq_1'],
        fromDigits: ['14155550100'],
        toDigits: ['4155550101'],
        search: 'Acme Corp',
      },
    });
  });
  it('treats exclude_negative_dispositions=false and a blank search as no filter', () => {
    expect(
      parse('filters[exclude_negative_dispositions]=false&filters[search]=%20').filters,
    ).toEqual({});
  });
  it('rejects unknown sort fields', () => {
    expect(() => parse('sort=-name')).toThrow(/^sort must be one of/);
  });
});
