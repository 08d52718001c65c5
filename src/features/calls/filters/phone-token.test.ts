import { describe, expect, test } from 'vitest';
import { parseCallsView } from '@/lib/calls-view/calls-view-params';
import { checkPhoneToken } from './phone-token';

describe('checkPhoneToken', () => {
  test.each(['(555) 123-4567', '+1 555.123.4567', '911', '  15551234567  '])(
    'accepts %j, trimmed, and the URL keeps it',
    (raw) => {
      const check = checkPhoneToken(raw, []);
      expect(check).toEqual({ ok: true, value: raw.trim() });
      if (!check.ok) return;
      const { view, ignored } = parseCallsView(
        new URLSearchParams([['filters[from][]', check.value]]),
      );
      expect(ignored).toEqual([]);
      expect(view.filters.from).toEqual([check.value]);
    },
  );

  test('refuses letters and other symbols, and says which characters are allowed', () => {
    expect(checkPhoneToken('1-800-FLOWERS', [])).toEqual({
      ok: false,
      message:
        '“1-800-FLOWERS” is not a phone number: use digits, with only spaces and + ( ) - . between.',
    });
    expect(checkPhoneToken('555#1234', [])).toMatchObject({ ok: false });
  });

  test('refuses fewer than 3 digits', () => {
    expect(checkPhoneToken('12', [])).toEqual({
      ok: false,
      message: '“12” is too short: a number needs at least 3 digits.',
    });
    expect(checkPhoneToken('(1)', [])).toMatchObject({ ok: false });
  });

  test('refuses what is too long for the URL', () => {
    expect(checkPhoneToken('1'.repeat(41), [])).toEqual({
      ok: false,
      message: `“${'1'.repeat(41)}” is too long: at most 40 characters.`,
    });
  });

  test('refuses a number already in the list, however it is written', () => {
    expect(checkPhoneToken('555-123-4567', ['(555) 123 4567'])).toEqual({
      ok: false,
      message: '“555-123-4567” is already in the list.',
    });
  });

  test('refuses more values than the URL keeps', () => {
    const full = Array.from({ length: 50 }, (_, i) => `555${String(i).padStart(4, '0')}`);
    expect(checkPhoneToken('5559999', full)).toEqual({
      ok: false,
      message: 'At most 50 numbers can be used at once.',
    });
  });
});
