import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, test } from 'vitest';
import { formatPhone } from './phone';
import { formatPhoneLite } from './phone-lite';

describe('formatPhone', () => {
  test.each([
    ['(555) 123-4567', '(555) 123-4567'],
    ['15551234567', '(555) 123-4567'],
    ['555.123.4567', '(555) 123-4567'],
    ['5551234567', '(555) 123-4567'],
    ['+14155552671', '(415) 555-2671'],
    ['+1 (416) 555-0123', '(416) 555-0123'],
    ['  +1 415-555-2671  ', '(415) 555-2671'],
  ])('formats the North American number %j nationally as %j', (raw, expected) => {
    expect(formatPhone(raw)).toBe(expected);
  });

  test.each([
    ['+442079460958', '+44 20 7946 0958'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['+52 55 1234 5678', '+52 55 1234 5678'],
    // Jamaica shares +1 but is not a US or Canadian number.
    ['+18765551234', '+1 876 555 1234'],
  ])('formats the number %j from elsewhere internationally as %j', (raw, expected) => {
    expect(formatPhone(raw)).toBe(expected);
  });

  test.each([
    ['garbage', 'garbage'],
    ['+1234567890', '+1234567890'],
    ['555-1234', '555-1234'],
    ['12', '12'],
    ['1-800-FLOWERS', '1-800-FLOWERS'],
    ['004420 7946 0958', '004420 7946 0958'],
    ['  call me  ', 'call me'],
  ])('keeps %j as received when it is not a plausible number', (raw, expected) => {
    expect(formatPhone(raw)).toBe(expected);
  });

  test.each([undefined, null, '', '   '])('has nothing to show for %j', (raw) => {
    expect(formatPhone(raw)).toBeUndefined();
  });
});

describe('formatPhoneLite', () => {
  test.each(['(555) 123-4567', '15551234567', '555.123.4567', '+14155552671', '+1 (416) 555-0123'])(
    'agrees with formatPhone on the North American number %j',
    (raw) => {
      expect(formatPhoneLite(raw)).toBe(formatPhone(raw));
    },
  );

  test.each(['+442079460958', '+1234567890', 'garbage', '555-1234', '1-800-FLOWERS'])(
    'leaves %j as received',
    (raw) => {
      expect(formatPhoneLite(raw)).toBe(raw);
    },
  );

  test.each([undefined, null, '', '  '])('has nothing to show for %j', (raw) => {
    expect(formatPhoneLite(raw)).toBeUndefined();
  });
});

describe('formatPhone with its memory of formatted numbers', () => {
  test('answers the same whether it remembers a number, has forgotten it, or never saw it', () => {
    expect(formatPhone('+14155552671')).toBe('(415) 555-2671');
    expect(formatPhone('+14155552671')).toBe('(415) 555-2671');
    // Far more numbers than it keeps: the oldest are parsed again, with the same result.
    for (let index = 0; index < 5_000; index++)
      formatPhone(`+1415555${String(index).padStart(4, '0')}`);
    expect(formatPhone('+14155552671')).toBe('(415) 555-2671');
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
  });
});

test('formats every North American number as libphonenumber formats it nationally', () => {
  const digit = (min: number) => fc.integer({ min, max: 9 }).map(String);
  const nanp = fc
    .tuple(digit(2), fc.array(digit(0), { minLength: 2, maxLength: 2 }), digit(2))
    .chain(([area, areaRest, exchange]) =>
      fc
        .array(digit(0), { minLength: 6, maxLength: 6 })
        .map((rest) => `${area}${areaRest.join('')}${exchange}${rest.join('')}`),
    );
  let compared = 0;
  fc.assert(
    fc.property(nanp, fc.constantFrom('+1', '1', ''), (national, prefix) => {
      const raw = `${prefix}${national}`;
      const parsed = parsePhoneNumberFromString(raw, 'US');
      const isUsOrCanada =
        parsed?.isPossible() === true &&
        (parsed.country === undefined || parsed.country === 'US' || parsed.country === 'CA');
      if (!isUsOrCanada) return;
      compared += 1;
      expect(formatPhone(raw)).toBe(parsed.formatNational());
    }),
    { numRuns: 2_000 },
  );
  // The filter above must leave most numbers in, or the property says little.
  expect(compared).toBeGreaterThan(1_000);
});
