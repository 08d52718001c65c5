import { describe, expect, test } from 'vitest';
import { isScoreChoiceOn, readScoreInput, SCORE_CHOICES, scoreRangeProblem } from './score-display';
import { scoreGrade } from '@/lib/scored-calls/score-grade';

describe('quick score choices', () => {
  test('each quick choice covers exactly one score grade', () => {
    for (const choice of SCORE_CHOICES) {
      const low = choice.range.min_score ?? 0;
      const high = choice.range.max_score ?? 100;
      const bands = new Set(
        Array.from({ length: high - low + 1 }, (_, index) => scoreGrade(low + index)),
      );
      expect(bands.size, choice.label).toBe(1);
    }
  });
});

describe('score choices', () => {
  test('a choice is on only for its exact range', () => {
    const [below50] = SCORE_CHOICES;
    if (!below50) throw new Error('no choices');
    expect(isScoreChoiceOn(below50, { max_score: 49 })).toBe(true);
    expect(isScoreChoiceOn(below50, { min_score: 0, max_score: 49 })).toBe(false);
    expect(isScoreChoiceOn(below50, { max_score: 50 })).toBe(false);
  });
});

describe('readScoreInput', () => {
  test.each([
    ['', undefined],
    [' 0 ', 0],
    ['100', 100],
    ['070', 70],
  ])('reads %j as %j', (text, value) => {
    expect(readScoreInput(text)).toEqual({ ok: true, value });
  });

  test.each(['101', '-1', '4.5', 'abc', '1e2'])('refuses %j with a reason', (text) => {
    expect(readScoreInput(text)).toEqual({
      ok: false,
      message: 'Enter a whole number from 0 to 100.',
    });
  });

  test('a minimum above the maximum is a problem; equal bounds are not', () => {
    expect(scoreRangeProblem(70, 50)).toBe('The minimum must not be above the maximum.');
    expect(scoreRangeProblem(50, 50)).toBeUndefined();
    expect(scoreRangeProblem(undefined, 50)).toBeUndefined();
  });
});
