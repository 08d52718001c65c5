import { describe, expect, test } from 'vitest';
import {
  contactListOptions,
  dispositionOptions,
  repOptions,
  sequenceOptions,
  withMissingSelected,
} from './filter-options';

describe('dispositionOptions', () => {
  test('groups by category from positive to cancelled, unknown ones as received, then none', () => {
    const options = dispositionOptions([
      { id: 14, name: 'Cancelled', category: 'cancelled' },
      { id: 17, name: 'Odd one' },
      { id: 10, name: 'No Answer', category: 'not_answered' },
      { id: 16, name: 'Partner referral', category: 'partner', is_custom: true },
      { id: 3, name: 'Not Interested', category: 'negative' },
      { id: 1, name: 'Meeting Set', category: 'positive' },
      { id: 2, name: 'Wrong Contact', category: 'neutral' },
      { id: 4, name: 'Referral', category: 'positive' },
      { id: 18 },
    ]);
    expect(options.map((o) => [o.value, o.group])).toEqual([
      ['1', 'Positive'],
      ['4', 'Positive'],
      ['2', 'Neutral'],
      ['3', 'Negative'],
      ['10', 'Not answered'],
      ['14', 'Cancelled'],
      ['16', 'partner'],
      ['17', 'No category'],
      ['18', 'No category'],
    ]);
    expect(options.find((o) => o.value === '16')?.hint).toBe('custom');
    expect(options.find((o) => o.value === '1')?.hint).toBeUndefined();
    expect(options.find((o) => o.value === '18')?.label).toBe('Unnamed disposition (id 18)');
  });
});

describe('repOptions', () => {
  test('names, with the email and an inactive status as hints', () => {
    expect(
      repOptions([
        { _id: 'u1', first_name: 'Dana', last_name: 'Kim', email: 'dana@x.com', status: 'active' },
        { _id: 'u2', email: 'lee@x.com', status: 'invited' },
        { _id: 'u3', first_name: '  ', last_name: '', status: undefined },
      ]),
    ).toEqual([
      { value: 'u1', label: 'Dana Kim', hint: 'dana@x.com' },
      { value: 'u2', label: 'lee@x.com', hint: 'invited' },
      { value: 'u3', label: 'Unnamed rep (id u3)', hint: undefined },
    ]);
  });
});

describe('sequence and contact list options', () => {
  test('use names, with the list source as a hint', () => {
    expect(sequenceOptions([{ id: 'seq_1', name: 'Q1' }])).toEqual([
      { value: 'seq_1', label: 'Q1' },
    ]);
    expect(contactListOptions([{ _id: 'l1', name: 'Prospects', source: 'hubspot' }])).toEqual([
      { value: 'l1', label: 'Prospects', hint: 'hubspot' },
    ]);
  });
});

describe('withMissingSelected', () => {
  test('puts selected values without an option first, labelled, and leaves known ones', () => {
    const options = [{ value: 'u1', label: 'Dana Kim' }];
    expect(
      withMissingSelected(options, ['u1', 'zz'], (value) => `Unknown rep (id ${value})`),
    ).toEqual([{ value: 'zz', label: 'Unknown rep (id zz)', group: undefined }, ...options]);
  });
});
