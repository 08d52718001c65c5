import { describe, expect, it } from 'vitest';
import { parseTranscript, sanitizeText } from './transcript';

describe('sanitizeText', () => {
  it('drops escape sequences and control characters, keeps the words', () => {
    expect(sanitizeText('\u0001Rep: Hi\u0007 there, \u001b[1mJohn\u001b[0m')).toBe(
      'Rep: Hi there, John',
    );
    expect(sanitizeText('a\tb\r\nc')).toBe('a b\nc');
    expect(sanitizeText('evil \u202egnp.exe')).toBe('evil gnp.exe');
  });
});

describe('parseTranscript', () => {
  it('reads speaker turns', () => {
    expect(parseTranscript('Rep: Hi John.\nProspect: Who is this?')).toEqual([
      { speaker: 'Rep', text: 'Hi John.' },
      { speaker: 'Prospect', text: 'Who is this?' },
    ]);
  });

  it('joins continuation lines and keeps text before any speaker', () => {
    expect(parseTranscript('hello\nRep: one\ntwo\n\n')).toEqual([
      { speaker: undefined, text: 'hello' },
      { speaker: 'Rep', text: 'one two' },
    ]);
  });

  it('survives raw control characters and empty input', () => {
    expect(parseTranscript('\u0001Rep:\tHi\u0007')).toEqual([{ speaker: 'Rep', text: 'Hi' }]);
    expect(parseTranscript(undefined)).toEqual([]);
    expect(parseTranscript('')).toEqual([]);
  });

  it('keeps markup as text', () => {
    expect(parseTranscript('Rep: <img src=x onerror=alert(1)>')).toEqual([
      { speaker: 'Rep', text: '<img src=x onerror=alert(1)>' },
    ]);
  });
});
