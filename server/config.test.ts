import { randomUUID } from 'node:crypto';
import { DEFAULT_API_URL } from '../contract/salesfinity.ts';
import { describe, expect, it } from 'vitest';
import { ServerConfigError, readApiKey, resolveServerConfig } from './config.ts';

const KEY = 'sk_SENTINEL_8f3a2b7c-41d9-4e0b-9c55-d1e2f3a4b5c6';

function configError(env: NodeJS.ProcessEnv): ServerConfigError {
  try {
    resolveServerConfig(env);
  } catch (error) {
    if (error instanceof ServerConfigError) return error;
    throw error;
  }
  throw new Error('expected a ServerConfigError');
}

describe('resolveServerConfig', () => {
  it('runs in demo mode on port 3000 and loopback when nothing is set', () => {
    expect(resolveServerConfig({})).toEqual({
      mode: 'demo',
      port: 3000,
      host: '127.0.0.1',
      upstreamUrl: null,
    });
  });

  it('treats an empty key as no key, as `.env.example` leaves it', () => {
    expect(resolveServerConfig({ SALESFINITY_API_KEY: '' }).mode).toBe('demo');
  });

  it('goes live with a key, against the default API unless another URL is given', () => {
    expect(resolveServerConfig({ SALESFINITY_API_KEY: KEY })).toMatchObject({
      mode: 'live',
      upstreamUrl: DEFAULT_API_URL,
    });
    expect(
      resolveServerConfig({
        SALESFINITY_API_KEY: KEY,
        SALESFINITY_API_URL: ' http://127.0.0.1:4010/ ',
      }).upstreamUrl,
    ).toBe('http://127.0.0.1:4010');
  });

  it('never puts the key in the config it returns', () => {
    expect(JSON.stringify(resolveServerConfig({ SALESFINITY_API_KEY: KEY }))).not.toContain(KEY);
  });

  it('reads PORT and HOST', () => {
    expect(resolveServerConfig({ PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
    });
    expect(resolveServerConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses PORT=%s', (port) => {
    expect(configError({ PORT: port }).message).toMatch(/^PORT /);
  });

  it.each([
    'ftp://client-api.salesfinity.co',
    'javascript:alert(1)',
    'api.example.test',
    `https://user:${KEY}@client-api.salesfinity.co`,
    `https://client-api.salesfinity.co/?key=${KEY}`,
    'https://client-api.salesfinity.co/#x',
  ])('refuses SALESFINITY_API_URL=%s without echoing it or the key', (url) => {
    const error = configError({ SALESFINITY_API_KEY: KEY, SALESFINITY_API_URL: url });
    expect(error.message).toMatch(/^SALESFINITY_API_URL /);
    expect(error.message).not.toContain(KEY);
    expect(error.message).not.toContain(url);
  });

  it('ignores SALESFINITY_API_URL in demo mode', () => {
    expect(resolveServerConfig({ SALESFINITY_API_URL: 'not a url' }).mode).toBe('demo');
  });

  it.each([
    ['a leading space', ` ${KEY}`],
    ['a trailing line break', `${KEY}\n`],
    ['a trailing CRLF', `${KEY}\r\n`],
    ['a tab inside', `sk_SENTINEL\t8f3a2b7c-41d9-4e0b`],
    ['a header injection', `${KEY}\r\nX-Injected: 1`],
    ['a no-break space', `${KEY}\u00a0`],
    ['only spaces', '   '],
  ])('refuses a key with whitespace (%s), without trimming or quoting it', (_case, key) => {
    const error = configError({ SALESFINITY_API_KEY: key });
    expect(error.message).toBe(
      'SALESFINITY_API_KEY contains whitespace (a space, tab or line break, perhaps at the start or end): set it to the key alone.',
    );
    expect(error.message).not.toContain(KEY);
    expect(error.message).not.toContain('sk_SENTINEL');
  });

  it.each([`${KEY}\u0000`, `${KEY}\u007f`, `${KEY}é`])(
    'refuses a key that cannot travel in a header, without quoting it',
    (key) => {
      const error = configError({ SALESFINITY_API_KEY: key });
      expect(error.message).toMatch(/^SALESFINITY_API_KEY contains characters that cannot be sent/);
      expect(error.message).not.toContain(KEY);
    },
  );

  it.each(['Q', 'demo-key', 'SHORT_KEY_15_ch'])(
    'refuses the implausibly short key %s, saying so without quoting it',
    (key) => {
      const error = configError({ SALESFINITY_API_KEY: key });
      expect(error.message).toBe(
        `SALESFINITY_API_KEY is too short to be an API key (length ${key.length}, at least 16 expected).`,
      );
      expect(error.message).not.toContain(key);
    },
  );

  it('accepts a key of 16 characters and more', () => {
    expect(resolveServerConfig({ SALESFINITY_API_KEY: 'SIXTEEN_CHAR_KEY' }).mode).toBe('live');
    expect(resolveServerConfig({ SALESFINITY_API_KEY: randomUUID() }).mode).toBe('live');
  });
});

describe('readApiKey', () => {
  it('returns the key exactly as set, or undefined when unset or empty', () => {
    expect(readApiKey({ SALESFINITY_API_KEY: KEY })).toBe(KEY);
    expect(readApiKey({ SALESFINITY_API_KEY: '' })).toBeUndefined();
    expect(readApiKey({})).toBeUndefined();
  });
});
