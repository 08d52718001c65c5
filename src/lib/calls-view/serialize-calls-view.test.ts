import { describe, expect, test } from 'vitest';
import type { CallsView } from './calls-view';
import { DEFAULT_CALLS_VIEW } from './calls-view';
import { parseCallsView } from './calls-view-params';
import { normalizeCallsView, serializeCallsView } from './calls-view-params';

const view = (patch: Partial<CallsView>): CallsView => ({ ...DEFAULT_CALLS_VIEW, ...patch });

describe('serializeCallsView', () => {
  test('the default view is the empty string', () => {
    expect(serializeCallsView(DEFAULT_CALLS_VIEW)).toBe('');
    expect(serializeCallsView(view({ page: 1, limit: 50 }))).toBe('');
  });

  test('writes keys in a fixed order: page, limit, sort, scalar then array filters, UI keys', () => {
    const full: CallsView = {
      t: 3,
      call: 'abc',
      filters: {
        to: ['15551234567'],
        user_ids: ['u1'],
        disposition_ids: [2],
        search: 'acme',
        exclude_negative_dispositions: true,
        is_completed: true,
        answered_by: 'human',
        has_recording: false,
        max_duration: 90,
        min_duration: 5,
        direction: 'inbound',
        outcome: 'answered',
        end_date: '2024-02-01',
        start_date: '2024-01-01',
        from: ['5551234'],
        sequences: ['seq_1'],
        contact_list_ids: ['l1'],
      },
      sort: { field: 'duration', direction: 'desc' },
      limit: 10,
      page: 2,
    };
    expect(serializeCallsView(full).split('&')).toEqual([
      'page=2',
      'limit=10',
      'sort=-duration',
      'filters[start_date]=2024-01-01',
      'filters[end_date]=2024-02-01',
      'filters[outcome]=answered',
      'filters[direction]=inbound',
      'filters[min_duration]=5',
      'filters[max_duration]=90',
      'filters[has_recording]=false',
      'filters[answered_by]=human',
      'filters[is_completed]=true',
      'filters[exclude_negative_dispositions]=true',
      'filters[search]=acme',
      'filters[disposition_ids][]=2',
      'filters[user_ids][]=u1',
      'filters[contact_list_ids][]=l1',
      'filters[sequences][]=seq_1',
      'filters[from][]=5551234',
      'filters[to][]=15551234567',
      'call=abc',
      't=3',
    ]);
  });

  test('keeps brackets and colons readable, form-encodes everything else', () => {
    expect(
      serializeCallsView(
        view({
          filters: {
            start_date: '2024-01-31T09:00:00.000+02:00',
            search: 'a&b=c+d #1 50% [x] é',
            from: ['+1 (555) 123-4567'],
          },
        }),
      ),
    ).toBe(
      'filters[start_date]=2024-01-31T09:00:00.000%2B02:00' +
        '&filters[search]=a%26b%3Dc%2Bd+%231+50%25+[x]+%C3%A9' +
        '&filters[from][]=%2B1+%28555%29+123-4567',
    );
  });

  test('equal states give equal strings, whatever the order or duplicates of array values', () => {
    const a = view({ filters: { user_ids: ['b', 'a', 'b'], disposition_ids: [10, 9] } });
    const b = view({ filters: { disposition_ids: [9, 10], user_ids: ['a', 'b'] } });
    expect(serializeCallsView(a)).toBe(serializeCallsView(b));
    expect(serializeCallsView(a)).toBe(
      'filters[disposition_ids][]=9&filters[disposition_ids][]=10&filters[user_ids][]=a&filters[user_ids][]=b',
    );
  });

  test('omits what means "not set": false exclusions, empty arrays, blank search', () => {
    expect(
      serializeCallsView(
        view({
          filters: { exclude_negative_dispositions: false, user_ids: [], search: '  ' },
        }),
      ),
    ).toBe('');
    expect(serializeCallsView(view({ filters: { has_recording: false } }))).toBe(
      'filters[has_recording]=false',
    );
  });

  test('never writes what the URL could not read back', () => {
    expect(serializeCallsView(view({ limit: 500, page: 0 }))).toBe('');
    expect(serializeCallsView(view({ page: 2.5 }))).toBe('');
    expect(serializeCallsView(view({ t: 5 }))).toBe('');
    expect(
      serializeCallsView(
        view({ filters: { min_duration: 60, max_duration: 30, user_ids: ['ok', 'not ok'] } }),
      ),
    ).toBe('filters[min_duration]=60&filters[user_ids][]=ok');
  });

  test('reads back as the same view with nothing ignored', () => {
    const original = view({
      page: 4,
      sort: { field: 'ended_at', direction: 'asc' },
      filters: { search: 'O’Brien & Sons', to: ['(555) 123-4567'] },
      call: 'abc',
      t: 0.25,
    });
    expect(parseCallsView(serializeCallsView(original))).toEqual({ view: original, ignored: [] });
  });
});

describe('normalizeCallsView', () => {
  test('gives the canonical view: sorted, de-duplicated, trimmed, rounded, rules applied', () => {
    expect(
      normalizeCallsView(
        view({
          filters: {
            user_ids: ['b', 'a', 'a'],
            search: ' acme ',
            min_duration: 1.23456,
            exclude_negative_dispositions: false,
          },
          t: 3,
        }),
      ),
    ).toEqual(view({ filters: { user_ids: ['a', 'b'], search: 'acme', min_duration: 1.235 } }));
  });

  test('replaces lone surrogates the way a URL would', () => {
    expect(normalizeCallsView(view({ filters: { search: 'a\uD800b' } })).filters).toEqual({
      search: 'a\uFFFDb',
    });
  });
});
