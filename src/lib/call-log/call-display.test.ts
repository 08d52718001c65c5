import { describe, expect, test } from 'vitest';
import {
  buildDispositionLookup,
  contactSummary,
  describeAnsweredBy,
  describeDirection,
  describeDisposition,
  describeOutcome,
  isLongNote,
  repName,
} from './call-display';

describe('repName', () => {
  test('first and last name, else whichever exists, else the email', () => {
    expect(repName({ first_name: 'Jane', last_name: 'Smith', email: 'j@x.co' })).toBe('Jane Smith');
    expect(repName({ first_name: ' Jane ', last_name: '' })).toBe('Jane');
    expect(repName({ last_name: 'Smith' })).toBe('Smith');
    expect(repName({ first_name: '  ', email: ' j@x.co ' })).toBe('j@x.co');
  });

  test('nothing to show', () => {
    expect(repName(undefined)).toBeUndefined();
    expect(repName({})).toBeUndefined();
    expect(repName({ first_name: '', email: '  ' })).toBeUndefined();
  });
});

describe('contactSummary', () => {
  test('name, title and company', () => {
    expect(
      contactSummary({ first_name: 'John', last_name: 'Doe', title: 'VP', company: 'Acme' }),
    ).toEqual({ name: 'John Doe', title: 'VP', company: 'Acme' });
  });

  test('a contact with only a company still gets a line', () => {
    expect(contactSummary({ company: 'Acme' })).toEqual({
      name: undefined,
      title: undefined,
      company: 'Acme',
    });
  });

  test('nothing to show', () => {
    expect(contactSummary(undefined)).toBeUndefined();
    expect(contactSummary({ email: 'a@b.co', first_name: ' ' })).toBeUndefined();
  });
});

describe('enum values', () => {
  test('known values get their label', () => {
    expect(describeOutcome('no-answer')).toEqual({
      kind: 'known',
      value: 'no-answer',
      label: 'No answer',
    });
    expect(describeDirection('inbound')).toMatchObject({ kind: 'known', label: 'Inbound' });
    expect(describeAnsweredBy('machine_start')).toMatchObject({ kind: 'known', label: 'Machine' });
  });

  test('unknown values are kept as received', () => {
    expect(describeOutcome('voicemail')).toEqual({ kind: 'unknown', text: 'voicemail' });
    expect(describeOutcome('Answered')).toEqual({ kind: 'unknown', text: 'Answered' });
    expect(describeAnsweredBy('machine_end_beep')).toEqual({
      kind: 'unknown',
      text: 'machine_end_beep',
    });
  });

  test('missing or blank is nothing', () => {
    expect(describeOutcome(undefined)).toBeUndefined();
    expect(describeDirection('  ')).toBeUndefined();
  });
});

describe('describeDisposition', () => {
  const lookup = buildDispositionLookup([
    { id: 1, name: 'Meeting!', category: 'positive' },
    { id: 20, name: 'Nurture', category: 'nurture' },
    { id: 21, name: 'No category' },
  ]);

  test('the category comes from the reference list by id; the name from the call', () => {
    expect(describeDisposition({ internal_id: 1, external_name: 'Meeting Set' }, lookup)).toEqual({
      name: 'Meeting Set',
      category: 'positive',
      categoryLabel: 'Positive',
    });
  });

  test('the contract defaults apply before the team list loads', () => {
    expect(describeDisposition({ internal_id: 13 }, buildDispositionLookup(undefined))).toEqual({
      name: 'Bad Number',
      category: 'not_answered',
      categoryLabel: 'Not answered',
    });
  });

  test('an unknown category is shown as received; none at all says so', () => {
    expect(describeDisposition({ internal_id: 20 }, lookup)).toEqual({
      name: 'Nurture',
      category: undefined,
      categoryLabel: 'nurture',
    });
    expect(describeDisposition({ internal_id: 21 }, lookup)?.categoryLabel).toBe(
      'Category unknown',
    );
    expect(describeDisposition({ internal_id: 99 }, lookup)).toEqual({
      name: 'Disposition 99',
      category: undefined,
      categoryLabel: 'Category unknown',
    });
    expect(describeDisposition({ external_id: 'ext-7' }, lookup)?.name).toBe('Disposition ext-7');
  });

  test('nothing to show', () => {
    expect(describeDisposition(undefined, lookup)).toBeUndefined();
    expect(describeDisposition({}, lookup)).toBeUndefined();
    expect(describeDisposition({ external_name: '  ' }, lookup)).toBeUndefined();
  });
});

describe('isLongNote', () => {
  test('long or multi-line notes get a disclosure', () => {
    expect(isLongNote('Short note')).toBe(false);
    expect(isLongNote('x'.repeat(60))).toBe(false);
    expect(isLongNote('x'.repeat(61))).toBe(true);
    expect(isLongNote('Line one\nLine two')).toBe(true);
  });
});
