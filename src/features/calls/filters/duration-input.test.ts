import { describe, expect, test } from 'vitest';
import { durationRangeProblem, formatDurationInput, parseDurationInput } from './duration-input';

describe('parseDurationInput', () => {
  test.each([
    ['', undefined],
    ['  ', undefined],
    ['0', 0],
    ['90', 90],
    [' 1:30 ', 90],
    ['0:05', 5],
    ['75:00', 4500],
    ['1:02:03', 3723],
  ])('reads %j as %s seconds', (text, seconds) => {
    expect(parseDurationInput(text)).toEqual({ ok: true, seconds });
  });

  test.each(['-5', '1.5', '1:5', '1:60', '1:60:00', 'abc', '1:', ':30', '1:2:3:4'])(
    'refuses %j and says what to type',
    (text) => {
      expect(parseDurationInput(text)).toEqual({
        ok: false,
        message: 'Enter seconds (90) or minutes and seconds (1:30).',
      });
    },
  );

  test('refuses more than the URL accepts', () => {
    expect(parseDurationInput('1000001')).toMatchObject({ ok: false });
    expect(parseDurationInput('1000000')).toEqual({ ok: true, seconds: 1_000_000 });
  });
});

describe('formatDurationInput', () => {
  test('clock for whole seconds, seconds for fractions, empty for none', () => {
    expect(formatDurationInput(90)).toBe('1:30');
    expect(formatDurationInput(3723)).toBe('1:02:03');
    expect(formatDurationInput(12.5)).toBe('12.5 s');
    expect(formatDurationInput(undefined)).toBe('');
  });

  test('round-trips through the parser', () => {
    for (const seconds of [0, 59, 60, 3599, 3600, 86_399]) {
      expect(parseDurationInput(formatDurationInput(seconds))).toEqual({ ok: true, seconds });
    }
  });
});

describe('durationRangeProblem', () => {
  test('only a minimum above the maximum is a problem', () => {
    expect(durationRangeProblem(undefined, 10)).toBeUndefined();
    expect(durationRangeProblem(10, undefined)).toBeUndefined();
    expect(durationRangeProblem(60, 60)).toBeUndefined();
    expect(durationRangeProblem(120, 60)).toBe(
      'The minimum (2:00) is longer than the maximum (1:00).',
    );
  });
});
