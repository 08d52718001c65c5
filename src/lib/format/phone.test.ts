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
