import { describe, expect, it } from 'vitest';
import { makeCall } from '@/lib/call-log/testing/call-fixtures';
import { playableUrl, trackOf } from './player-track';

describe('trackOf', () => {
  it('describes a call with an http(s) recording', () => {
    const call = makeCall({ recording_url: 'https://rec.example.com/a.wav' });
    expect(trackOf(call)).toEqual({
      callId: call._id,
      url: 'https://rec.example.com/a.wav',
      rep: 'Jane Smith',
      contact: 'John Doe',
      startedAt: '2024-01-15T14:30:00.000Z',
    });
  });

  it('treats a missing, empty or non-http(s) URL as no recording', () => {
    expect(trackOf(makeCall({ recording_url: undefined }))).toBeUndefined();
    expect(trackOf(makeCall({ recording_url: '' }))).toBeUndefined();
    expect(playableUrl('javascript:alert(1)')).toBeUndefined();
    expect(playableUrl('data:audio/wav;base64,AAAA')).toBeUndefined();
    expect(playableUrl('/recordings/a.wav')).toBeUndefined();
    expect(playableUrl('http://host/a.wav')).toBe('http://host/a.wav');
  });
});
