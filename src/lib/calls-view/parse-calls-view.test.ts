import { describe, expect, test } from 'vitest';
import type { CallsView } from './calls-view';
import { DEFAULT_CALLS_VIEW } from './calls-view';
import { parseCallsView } from './calls-view-params';

const parse = (search: string) => parseCallsView(search);
const filtersOf = (search: string) => parse(search).view.filters;
const reasons = (search: string) => parse(search).ignored.map((item) => item.reason);

describe('parseCallsView: the whole view', () => {
  test('an empty URL is the dashboard default', () => {
    for (const search of ['', '?', '&&', '?&']) {
      expect(parse(search)).toEqual({ view: DEFAULT_CALLS_VIEW, ignored: [] });
    }
  });

  test('reads every key of a full URL', () => {
    const search =
      '?page=3&limit=25&sort=duration' +
      '&filters[start_date]=2024-01-01&filters[end_date]=2024-01-31T23:59:59.999Z' +
      '&filters[outcome]=answered&filters[direction]=outbound' +
      '&filters[min_duration]=30&filters[max_duration]=600.5' +
      '&filters[has_recording]=true&filters[answered_by]=human&filters[is_completed]=false' +
      '&filters[exclude_negative_dispositions]=true&filters[search]=acme' +
      '&filters[disposition_ids][]=4&filters[disposition_ids][]=1' +
      '&filters[user_ids][]=507f1f77bcf86cd799439011&filters[contact_list_ids][]=list_1' +
      '&filters[sequences][]=seq_12345&filters[from][]=%2B1 (555) 123-4567&filters[to][]=15551234567' +
      '&call=507f1f77bcf86cd799439012&t=12.5';
    const expected: CallsView = {
      page: 3,
      limit: 25,
      sort: { field: 'duration', direction: 'asc' },
      filters: {
        start_date: '2024-01-01',
        end_date: '2024-01-31T23:59:59.999Z',
        outcome: 'answered',
        direction: 'outbound',
        min_duration: 30,
        max_duration: 600.5,
        has_recording: true,
        answered_by: 'human',
        is_completed: false,
        exclude_negative_dispositions: true,
        search: 'acme',
        disposition_ids: [1, 4],
        user_ids: ['507f1f77bcf86cd799439011'],
        contact_list_ids: ['list_1'],
        sequences: ['seq_12345'],
        from: ['+1 (555) 123-4567'],
        to: ['15551234567'],
      },
      call: '507f1f77bcf86cd799439012',
      t: 12.5,
    };
    expect(parse(search)).toEqual({ view: expected, ignored: [] });
  });

  test('accepts a URLSearchParams as well as a string', () => {
    expect(parseCallsView(new URLSearchParams({ page: '4' })).view.page).toBe(4);
  });
});

describe('parseCallsView: page, limit, sort', () => {
  test('page is a whole number from 1 to 1,000,000', () => {
    expect(parse('page=2').view.page).toBe(2);
    expect(parse('page=1000000').view.page).toBe(1_000_000);
    expect(parse('page=007').view.page).toBe(7);
    expect(parse('page= 3 ').view.page).toBe(3);
    expect(parse('page=1e3').view.page).toBe(1000);
    for (const bad of ['0', '-1', '1.5', 'two', '1000001', '0x10', 'Infinity', '9'.repeat(400)]) {
      const { view, ignored } = parse(`page=${bad}`);
      expect(view.page).toBe(1);
      expect(ignored).toEqual([
        { key: 'page', value: bad, reason: '“page” must be a whole number from 1 to 1,000,000' },
      ]);
    }
  });

  test('limit is any whole number from 1 to 100, not only the offered page sizes', () => {
    expect(parse('limit=37').view.limit).toBe(37);
    expect(parse('limit=1').view.limit).toBe(1);
    expect(parse('limit=100').view.limit).toBe(100);
    for (const bad of ['0', '101', 'ten', '25.5']) {
      expect(parse(`limit=${bad}`).view.limit).toBe(50);
      expect(reasons(`limit=${bad}`)).toEqual(['“limit” must be a whole number from 1 to 100']);
    }
  });

  test('sort is a contract field, "-" in front for descending, any letter case', () => {
    expect(parse('sort=-duration').view.sort).toEqual({ field: 'duration', direction: 'desc' });
    expect(parse('sort=createdAt').view.sort).toEqual({ field: 'createdAt', direction: 'asc' });
    expect(parse('sort=-UPDATEDAT').view.sort).toEqual({ field: 'updatedAt', direction: 'desc' });
    for (const bad of ['name', '--duration', '-', 'duration-', 'started at']) {
      expect(parse(`sort=${bad}`).view.sort).toEqual({ field: 'started_at', direction: 'desc' });
      expect(reasons(`sort=${bad}`)).toEqual([
        '“sort” must be createdAt, updatedAt, started_at, ended_at or duration, with “-” in front for descending',
      ]);
    }
  });
});

describe('parseCallsView: key spellings', () => {
  test('brackets may arrive percent-encoded', () => {
    expect(filtersOf('filters%5Boutcome%5D=answered')).toEqual({ outcome: 'answered' });
    expect(filtersOf('filters%5buser_ids%5d%5b%5d=a&filters[user_ids][]=b')).toEqual({
      user_ids: ['a', 'b'],
    });
  });

  test('an array filter also takes `filters[name]` and indexed `filters[name][0]`', () => {
    expect(filtersOf('filters[user_ids]=b&filters[user_ids][]=c&filters[user_ids][0]=a')).toEqual({
      user_ids: ['a', 'b', 'c'],
    });
  });

  test('a scalar filter written with `[]` is still that scalar', () => {
    expect(filtersOf('filters[outcome][]=answered')).toEqual({ outcome: 'answered' });
  });

  test('unknown keys are dropped and reported, and touch no prototype', () => {
    const keys = [
      'foo',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'filters[foo]',
      'filters[__proto__]',
      'filters[outcome]x',
      'filters[outcome][a]',
      'FILTERS[outcome]',
      'Page',
      'filters',
      'filters[]',
    ];
    const search = keys.map((key) => `${encodeURIComponent(key)}=1`).join('&');
    const { view, ignored } = parse(search);
    expect(view).toEqual(DEFAULT_CALLS_VIEW);
    expect(ignored).toEqual(keys.map((key) => ({ key, value: '1', reason: 'unknown parameter' })));
    expect(Object.getPrototypeOf(view.filters)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).foo).toBeUndefined();
  });

  test('an unknown key is reported even without a value; an empty name with a value too', () => {
    expect(parse('foo&=x').ignored).toEqual([
      { key: 'foo', value: '', reason: 'unknown parameter' },
      { key: '', value: 'x', reason: 'unknown parameter' },
    ]);
  });

  test('an empty value of a known key means "not set" and is not reported', () => {
    expect(parse('page=&limit=%20&filters[outcome]=&filters[user_ids][]=&call=')).toEqual({
      view: DEFAULT_CALLS_VIEW,
      ignored: [],
    });
  });
});

describe('parseCallsView: repeated single keys', () => {
  test('the first valid value wins and a different later one is reported', () => {
    const { view, ignored } = parse('page=2&page=3');
    expect(view.page).toBe(2);
    expect(ignored).toEqual([
      {
        key: 'page',
        value: '3',
        reason: '“page” appears more than once; the first value was kept',
      },
    ]);
  });

  test('an invalid first value does not block a valid later one', () => {
    const { view, ignored } = parse('page=abc&page=3');
    expect(view.page).toBe(3);
    expect(ignored.map((item) => item.value)).toEqual(['abc']);
  });

  test('repeating the same value (in any spelling) is not worth a notice', () => {
    expect(
      parse('page=2&page=02&filters[outcome]=answered&filters[outcome]=ANSWERED').ignored,
    ).toEqual([]);
  });

  test('a scalar filter and its `[]` spelling count as the same key', () => {
    const { view, ignored } = parse('filters[outcome]=answered&filters[outcome][]=cancelled');
    expect(view.filters).toEqual({ outcome: 'answered' });
    expect(ignored.map((item) => item.key)).toEqual(['filters[outcome][]']);
  });
});

describe('parseCallsView: enum and boolean filters', () => {
  test('enums take the contract values, in any letter case', () => {
    expect(filtersOf('filters[outcome]=No-Answer')).toEqual({ outcome: 'no-answer' });
    expect(filtersOf('filters[direction]=inbound')).toEqual({ direction: 'inbound' });
    expect(filtersOf('filters[answered_by]=machine_start')).toEqual({
      answered_by: 'machine_start',
    });
    expect(reasons('filters[outcome]=busy')).toEqual([
      '“filters[outcome]” must be answered, no-answer or cancelled',
    ]);
    expect(reasons('filters[direction]=sideways')).toEqual([
      '“filters[direction]” must be inbound or outbound',
    ]);
    expect(reasons('filters[answered_by]=robot')).toEqual([
      '“filters[answered_by]” must be human or machine_start',
    ]);
  });

  test('booleans are true or false; false is kept where it filters', () => {
    expect(filtersOf('filters[has_recording]=false')).toEqual({ has_recording: false });
    expect(filtersOf('filters[is_completed]=TRUE')).toEqual({ is_completed: true });
    expect(reasons('filters[has_recording]=yes')).toEqual([
      '“filters[has_recording]” must be true or false',
    ]);
    expect(reasons('filters[is_completed]=1')).toEqual([
      '“filters[is_completed]” must be true or false',
    ]);
  });

  test('exclude_negative_dispositions=false means the same as leaving it out', () => {
    expect(parse('filters[exclude_negative_dispositions]=false')).toEqual({
      view: DEFAULT_CALLS_VIEW,
      ignored: [],
    });
    expect(filtersOf('filters[exclude_negative_dispositions]=true')).toEqual({
      exclude_negative_dispositions: true,
    });
  });
});

describe('parseCallsView: dates', () => {
  const DATE_REASON =
    '“filters[start_date]” must be a date like 2024-01-31 or a date-time with a time zone like 2024-01-31T09:00:00Z';

  test('keeps a valid date or date-time as written', () => {
    for (const date of [
      '2024-01-31',
      '2024-02-29',
      '2024-01-31T09:00Z',
      '2024-01-31T09:00:00Z',
      '2024-01-31T09:00:00.5Z',
      '2024-01-31T09:00:00.000Z',
      '2024-01-31T09:00:00.123456789Z',
      '2024-01-31T09:00:00-05:00',
      '1970-01-01',
      '9999-12-31T23:59:59.999Z',
    ]) {
      expect(filtersOf(`filters[start_date]=${encodeURIComponent(date)}`)).toEqual({
        start_date: date,
      });
    }
  });

  test('repairs what links do to dates: a lower-case t or z, a "+" turned into a space', () => {
    expect(filtersOf('filters[start_date]=2024-01-31t09:00:00z')).toEqual({
      start_date: '2024-01-31T09:00:00Z',
    });
    expect(filtersOf('filters[start_date]=2024-01-31T09:00:00+02:00')).toEqual({
      start_date: '2024-01-31T09:00:00+02:00',
    });
  });

  test('refuses what is not a real day or time, or has no time zone', () => {
    for (const bad of [
      '2023-02-29',
      '2024-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-01-31T24:00:00Z',
      '2024-01-31T23:60:00Z',
      '2024-01-31T23:59:60Z',
      '2024-01-31T09:00:00',
      '2024-01-31T09:00:00+24:00',
      '2024-01-31T09:00:00+0200',
      '2024-01-31T09:00:00.1234567890Z',
      '2024-1-31',
      '24-01-31',
      '1969-12-31',
      '+002024-01-31',
      'yesterday',
      '1706691600000',
    ]) {
      expect(filtersOf(`filters[start_date]=${encodeURIComponent(bad)}`)).toEqual({});
      expect(reasons(`filters[start_date]=${encodeURIComponent(bad)}`)).toEqual([DATE_REASON]);
    }
  });

  test('a start after the end drops the end and says so', () => {
    const { view, ignored } = parse(
      'filters[end_date]=2024-01-01&filters[start_date]=2024-01-02T00:00:00Z',
    );
    expect(view.filters).toEqual({ start_date: '2024-01-02T00:00:00Z' });
    expect(ignored).toEqual([
      {
        key: 'filters[end_date]',
        value: '2024-01-01',
        reason: '“filters[end_date]” is before “filters[start_date]”',
      },
    ]);
  });

  test('a bare end date covers its whole UTC day, so the same day is not "before"', () => {
    expect(
      parse('filters[start_date]=2024-01-01T23:59:59.999Z&filters[end_date]=2024-01-01').ignored,
    ).toEqual([]);
    expect(parse('filters[start_date]=2024-01-01&filters[end_date]=2024-01-01').ignored).toEqual(
      [],
    );
    expect(
      parse('filters[start_date]=2024-01-02&filters[end_date]=2024-01-01T23:59:59.999Z').ignored,
    ).toHaveLength(1);
  });

  test('compares instants, time zones and nanoseconds included', () => {
    // 10:00+02:00 is 08:00Z: before 09:00Z.
    expect(
      parse(
        `filters[start_date]=${encodeURIComponent('2024-01-01T10:00:00+02:00')}&filters[end_date]=2024-01-01T09:00:00Z`,
      ).ignored,
    ).toEqual([]);
    expect(
      parse(
        'filters[start_date]=2024-01-01T00:00:00.0000002Z&filters[end_date]=2024-01-01T00:00:00.0000001Z',
      ).ignored,
    ).toHaveLength(1);
  });
});

describe('parseCallsView: durations', () => {
  test('seconds from 0, decimals rounded to the millisecond', () => {
    expect(filtersOf('filters[min_duration]=0')).toEqual({ min_duration: 0 });
    expect(filtersOf('filters[min_duration]=12.5')).toEqual({ min_duration: 12.5 });
    expect(filtersOf('filters[min_duration]=.5')).toEqual({ min_duration: 0.5 });
    expect(filtersOf('filters[min_duration]=1e2')).toEqual({ min_duration: 100 });
    expect(filtersOf('filters[min_duration]=1.23456')).toEqual({ min_duration: 1.235 });
    expect(filtersOf('filters[min_duration]=0.0004')).toEqual({ min_duration: 0 });
    expect(filtersOf('filters[max_duration]=1000000')).toEqual({ max_duration: 1_000_000 });
  });

  test('refuses negatives, non-numbers and garbage sizes', () => {
    for (const bad of ['-1', '-0', 'NaN', 'Infinity', '0x10', '1,5', '1000000.1', '1e400', '5s']) {
      expect(filtersOf(`filters[max_duration]=${bad}`)).toEqual({});
      expect(reasons(`filters[max_duration]=${bad}`)).toEqual([
        '“filters[max_duration]” must be a number of seconds from 0 to 1,000,000',
      ]);
    }
  });

  test('a minimum above the maximum drops the maximum and says so; equal is fine', () => {
    const { view, ignored } = parse('filters[max_duration]=30&filters[min_duration]=60');
    expect(view.filters).toEqual({ min_duration: 60 });
    expect(ignored).toEqual([
      {
        key: 'filters[max_duration]',
        value: '30',
        reason: '“filters[max_duration]” is less than “filters[min_duration]”',
      },
    ]);
    expect(filtersOf('filters[min_duration]=60&filters[max_duration]=60')).toEqual({
      min_duration: 60,
      max_duration: 60,
    });
  });
});

describe('parseCallsView: array filters', () => {
  test('disposition ids are whole numbers from 1, sorted ascending', () => {
    expect(
      filtersOf(
        'filters[disposition_ids][]=10&filters[disposition_ids][]=9&filters[disposition_ids][]=15',
      ),
    ).toEqual({ disposition_ids: [9, 10, 15] });
    for (const bad of ['0', '-1', '2.5', 'x', '9007199254740993']) {
      expect(reasons(`filters[disposition_ids][]=${bad}`)).toEqual([
        '“filters[disposition_ids][]” must be a whole number, 1 or more',
      ]);
    }
  });

  test('ids are up to 64 letters, digits, _ or -, sorted by code unit', () => {
    expect(
      filtersOf(
        'filters[user_ids][]=b&filters[user_ids][]=B&filters[user_ids][]=507f1f77bcf86cd799439011&filters[sequences][]=seq_12345',
      ),
    ).toEqual({ user_ids: ['507f1f77bcf86cd799439011', 'B', 'b'], sequences: ['seq_12345'] });
    expect(filtersOf(`filters[contact_list_ids][]=${'a'.repeat(64)}`)).toEqual({
      contact_list_ids: ['a'.repeat(64)],
    });
    for (const bad of ['a'.repeat(65), 'a b', 'a/b', 'é', '<script>']) {
      expect(reasons(`filters[user_ids][]=${encodeURIComponent(bad)}`)).toEqual([
        '“filters[user_ids][]” must be an id of at most 64 letters, digits, “_” or “-”',
      ]);
    }
  });

  test('phone numbers keep their formatting, need 3 digits and only phone characters', () => {
    expect(filtersOf(`filters[to][]=${encodeURIComponent(' +1 (555) 123-4567 ')}`)).toEqual({
      to: ['+1 (555) 123-4567'],
    });
    // An unencoded "+" arrives as a space; the API matches digits only, so nothing is lost.
    expect(filtersOf('filters[from][]=+15551234567')).toEqual({ from: ['15551234567'] });
    expect(filtersOf('filters[from][]=555.123')).toEqual({ from: ['555.123'] });
    for (const bad of [
      '12',
      '(1)',
      'abc123',
      '555-CALL-NOW',
      '1'.repeat(41),
      '+1 555 123 4567 ext 9',
    ]) {
      expect(reasons(`filters[from][]=${encodeURIComponent(bad)}`)).toEqual([
        '“filters[from][]” must be a phone number: 3 or more digits, with only spaces and + ( ) - . between',
      ]);
    }
  });

  test('duplicates merge without a notice', () => {
    expect(parse('filters[user_ids][]=a&filters[user_ids]=a&filters[user_ids][]=%20a')).toEqual({
      view: { ...DEFAULT_CALLS_VIEW, filters: { user_ids: ['a'] } },
      ignored: [],
    });
  });

  test('at most 50 values: the first 50 in the URL stay, the rest are reported', () => {
    const ids = Array.from({ length: 52 }, (_, i) => `u${String(51 - i).padStart(2, '0')}`);
    const { view, ignored } = parse(ids.map((id) => `filters[user_ids][]=${id}`).join('&'));
    expect(view.filters.user_ids).toEqual(ids.slice(0, 50).sort());
    expect(ignored).toEqual(
      ids.slice(50).map((value) => ({
        key: 'filters[user_ids][]',
        value,
        reason: '“filters[user_ids][]” takes at most 50 values',
      })),
    );
  });
});

describe('parseCallsView: search', () => {
  test('trimmed; empty or blank means no search', () => {
    expect(filtersOf('filters[search]=%20%20acme%20corp%09')).toEqual({ search: 'acme corp' });
    expect(filtersOf('filters[search]=+++')).toEqual({});
    expect(filtersOf('filters[search]=a%26b%3Dc%2B')).toEqual({ search: 'a&b=c+' });
  });

  test('at most 200 characters; longer is refused rather than cut', () => {
    expect(filtersOf(`filters[search]=${'x'.repeat(200)}`)).toEqual({ search: 'x'.repeat(200) });
    expect(filtersOf(`filters[search]=${'x'.repeat(201)}`)).toEqual({});
    expect(reasons(`filters[search]=${'x'.repeat(201)}`)).toEqual([
      '“filters[search]” must be at most 200 characters',
    ]);
  });
});

describe('parseCallsView: UI keys', () => {
  test('call is an id; t is seconds from 0 and needs call', () => {
    expect(parse('call=507f1f77bcf86cd799439011&t=0').view).toMatchObject({
      call: '507f1f77bcf86cd799439011',
      t: 0,
    });
    expect(parse('call=abc&t=83.25').view).toMatchObject({ call: 'abc', t: 83.25 });
    expect(reasons('call=a%20b')).toEqual([
      '“call” must be an id of at most 64 letters, digits, “_” or “-”',
    ]);
    expect(reasons('call=abc&t=-3')).toEqual([
      '“t” must be a number of seconds from 0 to 1,000,000',
    ]);
  });

  test('t without call is dropped and reported', () => {
    const { view, ignored } = parse('t=42');
    expect(view).toEqual(DEFAULT_CALLS_VIEW);
    expect('t' in view).toBe(false);
    expect(ignored).toEqual([
      { key: 't', value: '42', reason: '“t” only applies together with “call”' },
    ]);
  });

  test('UI keys stay out of the filters', () => {
    expect(parse('call=abc&t=1').view.filters).toEqual({});
  });
});

describe('parseCallsView: hostile input', () => {
  test('broken percent-encoding, huge values and odd characters never throw', () => {
    const inputs = [
      '%E0%A4%A',
      'page=%E0%A4%A',
      '%',
      '%%%',
      'filters[%ZZ]=1',
      `filters[search]=${'%'.repeat(10_000)}`,
      `page=${'9'.repeat(10_000)}`,
      `${'k'.repeat(10_000)}=${'v'.repeat(10_000)}`,
      'filters[start_date]=\u0000\uFFFF',
      '?#page=2',
      'a=1&&&b==2&=&==',
    ];
    for (const input of inputs) {
      expect(() => parse(input)).not.toThrow();
    }
    expect(parse('page=%E0%A4%A').view.page).toBe(1);
  });
});
