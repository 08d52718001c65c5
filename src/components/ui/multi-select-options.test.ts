import { describe, expect, test } from 'vitest';
import type { MultiSelectOption } from './multi-select-options';
import { filterOptions, groupOptions, summarizeSelection } from './multi-select-options';

const options: MultiSelectOption[] = [
  { value: '1', label: 'Meeting Set', group: 'Positive' },
  { value: '2', label: 'Not Interested', group: 'Negative' },
  { value: '3', label: 'Referral', group: 'Positive', hint: 'custom' },
  { value: '4', label: 'José Núñez', hint: 'jose@example.com' },
  { value: '5', label: 'Voicemail', group: 'Not answered' },
];

describe('filterOptions', () => {
  test('an empty or blank query keeps everything, in order', () => {
    expect(filterOptions(options, '').map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(filterOptions(options, '   ')).toHaveLength(5);
  });

  test('matches label, hint and group, ignoring case and accents', () => {
    expect(filterOptions(options, 'MEET').map((o) => o.value)).toEqual(['1']);
    expect(filterOptions(options, 'nunez').map((o) => o.value)).toEqual(['4']);
    expect(filterOptions(options, 'custom').map((o) => o.value)).toEqual(['3']);
    expect(filterOptions(options, 'positive').map((o) => o.value)).toEqual(['1', '3']);
  });

  test('every word must match, in any order', () => {
    expect(filterOptions(options, 'interested not').map((o) => o.value)).toEqual(['2']);
    expect(filterOptions(options, 'positive voicemail')).toEqual([]);
  });
});

describe('groupOptions', () => {
  test('groups keep the order they first appear in, ungrouped ones get no heading', () => {
    const groups = groupOptions(options);
    expect(groups.map((g) => g.heading)).toEqual([
      'Positive',
      'Negative',
      undefined,
      'Not answered',
    ]);
    expect(groups[0]?.options.map((o) => o.value)).toEqual(['1', '3']);
  });
});

describe('summarizeSelection', () => {
  test('placeholder, the one label, or a count', () => {
    expect(summarizeSelection(options, [], 'Any')).toBe('Any');
    expect(summarizeSelection(options, ['3'], 'Any')).toBe('Referral');
    expect(summarizeSelection(options, ['3', '1'], 'Any')).toBe('2 selected');
  });

  test('a value without an option still shows, as itself', () => {
    expect(summarizeSelection(options, ['99'], 'Any')).toBe('99');
  });
});
