import { describe, expect, test } from 'vitest';
import { integerCodec, textCodec } from './param-codecs';
import { defineViewParams, formatSearch, listParam, singleParam } from './view-params';

/** A view of its own, small enough to read: a page, a name, a set of tags. */
interface ToyView {
  page: number;
  name?: string;
  tags: number[];
}

const toy = defineViewParams<ToyView>({
  params: [
    singleParam('page', integerCodec(1, 9), {
      get: (view: ToyView) => view.page,
      set: (draft: ToyView, page: number) => {
        draft.page = page;
      },
      defaultValue: 1,
    }),
    singleParam('name', textCodec(5), {
      get: (view: ToyView) => view.name,
      set: (draft: ToyView, name: string) => {
        draft.name = name;
      },
    }),
    listParam('tags[]', integerCodec(1, 99), {
      get: (view: ToyView) => view.tags,
      set: (draft: ToyView, tags: number[]) => {
        draft.tags = tags;
      },
      maxValues: 3,
    }),
  ],
  empty: () => ({ page: 1, tags: [] }),
  canonicalKey: (key) => (key === 'tags' ? 'tags[]' : key),
  dropConflicts(draft) {
    if (draft.name !== 'odd' || draft.page % 2 === 1) return [];
    delete draft.name;
    return [{ key: 'name', reason: '“name” odd needs an odd page' }];
  },
});

describe('defineViewParams', () => {
  test('parse reads known keys and lists what it dropped, in URL order', () => {
    expect(toy.parse('?page=2&x=1&name=toolong&tags=5&tags[]=3&tags[]=5&page=3&name=')).toEqual({
      view: { page: 2, tags: [3, 5] },
      ignored: [
        { key: 'x', value: '1', reason: 'unknown parameter' },
        { key: 'name', value: 'toolong', reason: '“name” must be at most 5 characters' },
        {
          key: 'page',
          value: '3',
          reason: '“page” appears more than once; the first value was kept',
        },
      ],
    });
  });

  test('a list keeps at most its number of values and says so; duplicates merge silently', () => {
    expect(toy.parse('tags[]=9&tags[]=1&tags[]=9&tags[]=4&tags[]=2')).toEqual({
      view: { page: 1, tags: [1, 4, 9] },
      ignored: [{ key: 'tags[]', value: '2', reason: '“tags[]” takes at most 3 values' }],
    });
  });

  test('a cross-key conflict is reported with the key and value as the URL wrote them', () => {
    expect(toy.parse('name=odd&page=2').ignored).toEqual([
      { key: 'name', value: 'odd', reason: '“name” odd needs an odd page' },
    ]);
  });

  test('normalize applies the same rules to a built view, with no text round trip', () => {
    expect(toy.normalize({ page: 40, name: ' ab\uD800 ', tags: [7, 3, 7, 200] })).toEqual({
      page: 1,
      name: 'ab\uFFFD',
      tags: [3, 7],
    });
  });

  test('serialize is canonical: fixed order, defaults left out, brackets readable', () => {
    expect(toy.serialize({ page: 1, name: 'a b', tags: [2, 1] })).toBe(
      'name=a+b&tags[]=1&tags[]=2',
    );
    expect(toy.serialize({ page: 3, tags: [] })).toBe('page=3');
  });

  test('write gives the pairs for a request: defaults included, keys chosen', () => {
    expect(toy.write({ page: 1, name: 'n', tags: [4] }, { withDefaults: true })).toEqual([
      ['page', '1'],
      ['name', 'n'],
      ['tags[]', '4'],
    ]);
    expect(toy.write({ page: 1, tags: [4] }, { only: (param) => param.key === 'tags[]' })).toEqual([
      ['tags[]', '4'],
    ]);
  });

  test('formatSearch keeps brackets and colons readable, escapes the rest', () => {
    expect(formatSearch([['filters[start_date]', '2024-01-31T09:00:00+01:00']])).toBe(
      'filters[start_date]=2024-01-31T09:00:00%2B01:00',
    );
  });
});
