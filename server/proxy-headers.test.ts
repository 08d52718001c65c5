import { describe, expect, it } from 'vitest';
import {
  forwardedOrigin,
  pickRequestHeaders,
  pickResponseHeaders,
  redactSecret,
} from './proxy-headers.ts';

describe('pickRequestHeaders', () => {
  it('copies only the named headers', () => {
    expect(
      pickRequestHeaders(
        { 'if-none-match': '"a"', 'x-api-key': 'k', cookie: 'c', authorization: 'a' },
        ['if-none-match', 'range'],
      ),
    ).toEqual({ ok: true, headers: { 'if-none-match': '"a"' } });
  });

  it('refuses a value with control characters or non-ASCII', () => {
    expect(pickRequestHeaders({ range: 'bytes=0-1\r\nx: y' }, ['range'])).toEqual({
      ok: false,
      header: 'range',
    });
    expect(pickRequestHeaders({ range: 'bytes=\u00e9' }, ['range'])).toMatchObject({ ok: false });
    expect(pickRequestHeaders({ range: 'x'.repeat(9000) }, ['range'])).toMatchObject({ ok: false });
  });
});

describe('pickResponseHeaders', () => {
  it('drops unlisted headers and any value containing the secret', () => {
    const upstream = new Headers({
      'content-type': 'application/json',
      'set-cookie': 'a=b',
      etag: '"secret-key"',
    });
    expect(pickResponseHeaders(upstream, ['content-type', 'etag'], 'secret-key')).toEqual({
      'content-type': 'application/json',
    });
  });
});

describe('forwardedOrigin', () => {
  it('uses the Host the browser sent and the socket scheme', () => {
    expect(forwardedOrigin({ host: 'localhost:5173' }, false)).toEqual({
      host: 'localhost:5173',
      proto: 'http',
    });
    expect(forwardedOrigin({ host: '[::1]:3000' }, true)).toEqual({
      host: '[::1]:3000',
      proto: 'https',
    });
  });

  it('prefers valid X-Forwarded-* from a proxy in front and ignores invalid ones', () => {
    expect(
      forwardedOrigin(
        {
          host: 'internal:3000',
          'x-forwarded-host': 'calls.example.com, other',
          'x-forwarded-proto': 'https',
        },
        false,
      ),
    ).toEqual({ host: 'calls.example.com', proto: 'https' });
    expect(
      forwardedOrigin(
        {
          host: 'app.test',
          'x-forwarded-host': 'evil.test/path',
          'x-forwarded-proto': 'javascript',
        },
        false,
      ),
    ).toEqual({ host: 'app.test', proto: 'http' });
  });

  it('gives up on a Host that is not a host', () => {
    expect(forwardedOrigin({ host: 'a b' }, false)).toBeUndefined();
    expect(forwardedOrigin({}, false)).toBeUndefined();
  });
});

describe('redactSecret', () => {
  it('replaces every occurrence and leaves the other bytes as they were', () => {
    const body = Buffer.concat([
      Buffer.from('key=KEY123 \x01 again KEY123'),
      Buffer.from([0xff]),
      Buffer.from('KEY123'),
    ]);
    const redacted = redactSecret(body, 'KEY123');
    expect(
      redacted.equals(
        Buffer.concat([
          Buffer.from('key=[REDACTED] \x01 again [REDACTED]'),
          Buffer.from([0xff]),
          Buffer.from('[REDACTED]'),
        ]),
      ),
    ).toBe(true);
  });

  it('returns the same buffer when there is nothing to redact', () => {
    const body = Buffer.from('{"data":[]}');
    expect(redactSecret(body, 'KEY123')).toBe(body);
  });
});
