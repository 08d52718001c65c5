import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '@contract/lenient-json';
import { isKnownAnsweredBy, isKnownDirection, isKnownOutcome, parseCall } from './call-schema';
import type { Call } from './call-schema';

/** The call object exactly as the contract documents it. */
const documentedCall = {
  _id: '507f1f77bcf86cd799439011',
  call_id: 'call_abc123',
  outcome: 'answered',
  direction: 'outbound',
  answered_by: 'human',
  duration: 180,
  to: '+1234567890',
  from: '+1987654321',
  disposition: { internal_id: 1, external_id: '1', external_name: 'Answered - Meeting Set' },
  contact: {
    _id: '507f1f77bcf86cd799439012',
    first_name: 'John',
    last_name: 'Doe',
    company: 'Acme Corp',
    email: 'john@example.com',
    title: 'VP of Sales',
    timezone: 'ET',
    phone_numbers: [{ type: 'mobile', number: '(555) 123-4567' }],
  },
  contact_list: { _id: '507f1f77bcf86cd799439013', name: 'Q1 Prospects' },
  user: {
    _id: '507f1f77bcf86cd799439014',
    first_name: 'Jane',
    last_name: 'Smith',
    email: 'jane@example.com',
  },
  recording_url: 'https://recordings.example.com/call_abc123.mp3',
  notes: 'Great conversation, follow up next week',
  transcription: 'Rep: Hello…',
  summary: 'Meeting booked.',
  is_completed: true,
  started_at: '2024-01-15T14:30:00.000Z',
  ended_at: '2024-01-15T14:33:00.000Z',
  createdAt: '2024-01-15T14:33:00.000Z',
  updatedAt: '2024-01-15T14:33:00.000Z',
};

function parsed(input: unknown): Call {
  const call = parseCall(input);
  if (!call) throw new Error('Expected the call to parse');
  return call;
}

describe('parseCall', () => {
  it('keeps every documented field of a complete call', () => {
    expect(parsed(documentedCall)).toEqual(documentedCall);
  });

  it('accepts a call that has nothing but an id', () => {
    expect(parsed({ _id: 'a' })).toEqual({ _id: 'a' });
  });

  it.each([
    ['no _id', { call_id: 'c' }],
    ['a blank _id', { _id: '  ' }],
    ['a numeric _id', { _id: 42 }],
    ['a null _id', { _id: null }],
    ['null', null],
    ['a string', 'call'],
    ['an array', [documentedCall]],
  ])('drops a record with %s', (_name, input) => {
    expect(parseCall(input)).toBeUndefined();
  });

  it('turns every null field into a gap, keeping the row', () => {
    const nulls = Object.fromEntries(Object.keys(documentedCall).map((key) => [key, null]));
    const call = parsed({ ...nulls, _id: 'a' });
    for (const [key, value] of Object.entries(call)) {
      if (key !== '_id') expect(value, key).toBeUndefined();
    }
  });

  it('turns each wrongly typed field into a gap and keeps the rest', () => {
    const call = parsed({
      ...documentedCall,
      duration: '180',
      outcome: 5,
      is_completed: 'true',
      started_at: 'yesterday',
      to: 15551234567,
      contact: 'John Doe',
      disposition: [1],
      notes: { text: 'x' },
    });
    expect(call.duration).toBeUndefined();
    expect(call.outcome).toBeUndefined();
    expect(call.is_completed).toBeUndefined();
    expect(call.started_at).toBeUndefined();
    expect(call.to).toBeUndefined();
    expect(call.contact).toBeUndefined();
    expect(call.disposition).toBeUndefined();
    expect(call.notes).toBeUndefined();
    expect(call.from).toBe(documentedCall.from);
    expect(call.user).toEqual(documentedCall.user);
    expect(call.ended_at).toBe(documentedCall.ended_at);
  });

  it('rejects a negative duration', () => {
    expect(parsed({ _id: 'a', duration: -3 }).duration).toBeUndefined();
    expect(parsed({ _id: 'a', duration: 0 }).duration).toBe(0);
  });

  it('is tolerant inside nested objects too', () => {
    const call = parsed({
      _id: 'a',
      disposition: { internal_id: '1', external_id: '1', external_name: 42 },
      contact: {
        first_name: 42,
        last_name: 'Doe',
        phone_numbers: [
          { type: 'mobile', number: '(555) 123-4567' },
          'garbage',
          null,
          { type: 'work' },
          { type: 'work', number: 15551234567 },
          { number: '15551234567', extension: '12' },
        ],
      },
      user: { _id: 7, first_name: 'Jane' },
      contact_list: { name: null },
    });
    expect(call.disposition).toEqual({ external_id: '1' });
    expect(call.contact).toEqual({
      last_name: 'Doe',
      phone_numbers: [{ type: 'mobile', number: '(555) 123-4567' }, { number: '15551234567' }],
    });
    expect(call.user).toEqual({ first_name: 'Jane' });
    expect(call.contact_list).toEqual({});
  });

  it('turns a phone_numbers value that is not a list into a gap', () => {
    expect(parsed({ _id: 'a', contact: { phone_numbers: '555' } }).contact).toEqual({});
  });

  it('strips fields the contract does not name, at every level', () => {
    const call = parsed({
      _id: 'a',
      __v: 3,
      internal: { secret: true },
      contact: { first_name: 'John', ssn: '000' },
    });
    expect(call).toEqual({ _id: 'a', contact: { first_name: 'John' } });
  });

  it('keeps unknown enum values as received, and knows they are unknown', () => {
    const call = parsed({
      _id: 'a',
      outcome: 'voicemail',
      direction: 'internal',
      answered_by: 'machine_end_beep',
    });
    expect(call.outcome).toBe('voicemail');
    expect(call.direction).toBe('internal');
    expect(call.answered_by).toBe('machine_end_beep');
    expect(isKnownOutcome(call.outcome)).toBe(false);
    expect(isKnownDirection(call.direction)).toBe(false);
    expect(isKnownAnsweredBy(call.answered_by)).toBe(false);
  });

  it('tells the known enum values', () => {
    const call = parsed(documentedCall);
    expect(isKnownOutcome(call.outcome)).toBe(true);
    expect(isKnownDirection(call.direction)).toBe(true);
    expect(isKnownAnsweredBy(call.answered_by)).toBe(true);
    expect(isKnownOutcome('no-answer')).toBe(true);
    expect(isKnownOutcome('No-Answer')).toBe(false);
    expect(isKnownOutcome(undefined)).toBe(false);
  });

  it('treats a blank enum value as absent', () => {
    expect(parsed({ _id: 'a', outcome: '' }).outcome).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    'data:audio/mpeg;base64,SUQz',
    '/recordings/call.mp3',
    'call.mp3',
    '',
    'https//missing-colon.example.com',
  ])('treats the recording URL %j as no recording', (url) => {
    expect(parsed({ _id: 'a', recording_url: url }).recording_url).toBeUndefined();
  });

  it('keeps very long strings whole', () => {
    const transcription = 'Rep: hello. '.repeat(100_000);
    const name = 'N'.repeat(10_000);
    const call = parsed({ _id: 'a', transcription, contact: { first_name: name } });
    expect(call.transcription).toHaveLength(transcription.length);
    expect(call.contact?.first_name).toBe(name);
  });

  it('keeps the raw control characters the real service sends in a transcription', () => {
    const body = '{"_id":"a","transcription":"Rep:\tHi\nContact:\u0000 bye\r\n"}';
    expect(parsed(parseLenientJson(body)).transcription).toBe('Rep:\tHi\nContact:\u0000 bye\r\n');
  });
});
