import { describe, expect, test } from 'vitest';
import { describeIgnored, describeIgnoredParam } from './describe-ignored';
import type { IgnoredParam } from './view-params';

describe('describeIgnored', () => {
  test('nothing ignored, nothing to say', () => {
    expect(describeIgnored([])).toBe('');
  });

  test('names what was written and why', () => {
    expect(
      describeIgnored([
        { key: 'limit', value: '500', reason: '“limit” must be a whole number from 1 to 100' },
        { key: 'foo', value: '', reason: 'unknown parameter' },
      ]),
    ).toBe(
      'Ignored 2 parts of the link: limit=500 (“limit” must be a whole number from 1 to 100); foo (unknown parameter).',
    );
    expect(
      describeIgnored([{ key: 't', value: '5', reason: '“t” only applies together with “call”' }]),
    ).toBe('Ignored one part of the link: t=5 (“t” only applies together with “call”).');
  });

  test('cuts long keys and values, without splitting a character', () => {
    const item: IgnoredParam = {
      key: 'k'.repeat(39) + '😀😀',
      value: 'v'.repeat(10_000),
      reason: 'unknown parameter',
    };
    expect(describeIgnoredParam(item)).toBe(
      `${'k'.repeat(39)}😀…=${'v'.repeat(40)}… (unknown parameter)`,
    );
  });

  test('does not print control characters', () => {
    expect(
      describeIgnoredParam({ key: 'a\u0000\nb', value: '', reason: 'unknown parameter' }),
    ).toBe('a\uFFFD\uFFFDb (unknown parameter)');
  });

  test('lists the first five and counts the rest', () => {
    const ignored = Array.from({ length: 8 }, (_, i): IgnoredParam => ({
      key: `x${i}`,
      value: '1',
      reason: 'unknown parameter',
    }));
    const text = describeIgnored(ignored);
    expect(text).toMatch(
      /^Ignored 8 parts of the link: x0=1 .*x4=1 \(unknown parameter\); and 3 more\.$/,
    );
    expect(text).not.toContain('x5');
  });
});
