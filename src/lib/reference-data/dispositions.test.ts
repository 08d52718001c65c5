import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS } from '@contract/salesfinity';
import { ApiError } from '@/lib/api-client';
import { isKnownDispositionCategory, parseDispositions } from './dispositions';

describe('parseDispositions', () => {
  it('reads the documented defaults', () => {
    const body = {
      data: DEFAULT_DISPOSITIONS.map((d) => ({
        _id: `id${d.id}`,
        ...d,
        is_custom: false,
        is_required: true,
      })),
    };
    const dispositions = parseDispositions(body);
    expect(dispositions).toHaveLength(14);
    expect(dispositions[0]).toEqual({
      _id: 'id1',
      id: 1,
      name: 'Answered - Meeting Set',
      category: 'positive',
      is_custom: false,
      is_required: true,
    });
  });

  it('keeps an unknown category as received and can tell it is unknown', () => {
    const [custom] = parseDispositions({
      data: [{ id: 15, name: 'Partner referral', category: 'partner', is_custom: true }],
    });
    expect(custom?.category).toBe('partner');
    expect(isKnownDispositionCategory(custom?.category)).toBe(false);
    expect(isKnownDispositionCategory('not_answered')).toBe(true);
  });

  it('drops records without a usable id and repeats of an id', () => {
    const dispositions = parseDispositions({
      data: [
        { id: 1, name: 'Meeting' },
        { id: '2', name: 'string id' },
        { name: 'no id' },
        { id: -1 },
        { id: 1.5 },
        null,
        { id: 1, name: 'repeat' },
        { id: 16, name: null, category: 7, extra: true },
      ],
    });
    expect(dispositions).toEqual([{ id: 1, name: 'Meeting' }, { id: 16 }]);
  });

  it.each([[{}], [{ data: 'x' }], [[{ id: 1 }]], [null]])('throws malformed for %j', (body) => {
    expect(() => parseDispositions(body)).toThrow(ApiError);
  });
});
