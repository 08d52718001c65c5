import { describe, expect, it } from 'vitest';
import {
  isNoAccessBody,
  isSameOriginPath,
  parseSession,
  parseSessionEnded,
} from './session-schema';

const manager = {
  authMode: 'oidc',
  user: { email: 'mia@example.com', name: 'Mia Chen', role: 'manager' },
  signOut: { method: 'POST', url: '/auth/logout' },
};
const rep = {
  authMode: 'header',
  user: { email: 'dana@example.com', name: null, role: 'rep', userId: 'u1' },
  signOut: null,
};

describe('parseSession', () => {
  it('reads "no sign-in"', () => {
    expect(parseSession({ authMode: 'none' })).toEqual({ authMode: 'none' });
  });

  it('reads a signed-in manager with a POST sign-out', () => {
    expect(parseSession(manager)).toEqual(manager);
  });

  it('reads a signed-in rep with their team user id, without a sign-out', () => {
    expect(parseSession(rep)).toEqual(rep);
  });

  it('takes a GET sign-out to an absolute IdP address', () => {
    const body = { ...manager, signOut: { method: 'GET', url: 'https://idp.example.com/logout' } };
    expect(parseSession(body)).toEqual(body);
  });

  it.each([
    ['missing', undefined],
    ['blank', '  '],
    ['not text', 42],
  ])('reads a %s name as no name', (_case, name) => {
    const session = parseSession({ ...manager, user: { ...manager.user, name } });
    expect(session).toMatchObject({ user: { email: 'mia@example.com', name: null } });
  });

  it.each([
    ['an unknown method', { method: 'DELETE', url: '/auth/logout' }],
    ['a javascript: address', { method: 'GET', url: 'javascript:alert(1)' }],
    ['a protocol-relative address', { method: 'POST', url: '//evil.example/logout' }],
    ['no address', { method: 'POST' }],
    ['missing', undefined],
  ])('offers no sign-out for %s, and still knows the user', (_case, signOut) => {
    expect(parseSession({ ...manager, signOut })).toEqual({ ...manager, signOut: null });
  });

  it.each([
    ['an unknown auth mode', { ...manager, authMode: 'saml' }],
    ['no user', { authMode: 'oidc', signOut: null }],
    ['an unknown role', { ...manager, user: { ...manager.user, role: 'admin' } }],
    ['a rep without a user id', { ...rep, user: { ...rep.user, userId: undefined } }],
    ['a rep with a blank user id', { ...rep, user: { ...rep.user, userId: ' ' } }],
    ['a user without an email', { ...manager, user: { name: 'Mia', role: 'manager' } }],
    ['an array', [manager]],
    ['text', 'none'],
    ['null', null],
    ['an HTML page', '<!doctype html><div id="root"></div>'],
  ])('reads %s as unknown, without throwing', (_case, body) => {
    expect(parseSession(body)).toEqual({ authMode: 'unknown' });
  });
});

describe('parseSessionEnded', () => {
  it('reads where to sign in again', () => {
    const body = {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Sign in again',
      signInUrl: '/auth/login',
    };
    expect(parseSessionEnded(body)).toEqual({ signInUrl: '/auth/login' });
  });

  it('reads header mode, where sign-in happens outside the app', () => {
    expect(parseSessionEnded({ statusCode: 401, signInUrl: null })).toEqual({ signInUrl: null });
  });

  it.each(['https://evil.example/login', '//evil.example/login', '/\\evil.example', 42])(
    'never sends the user to %j: they are told to reload instead',
    (signInUrl) => {
      expect(parseSessionEnded({ statusCode: 401, signInUrl })).toEqual({ signInUrl: null });
    },
  );

  it.each([
    ['the upstream’s own 401 (a rejected API key)', { statusCode: 401, message: 'Unauthorized' }],
    ['no object', 'Unauthorized'],
    ['null', null],
  ])('is not an ended session: %s', (_case, body) => {
    expect(parseSessionEnded(body)).toBeUndefined();
  });
});

describe('isNoAccessBody', () => {
  it('tells the proxy’s 403 (it names the user) from the upstream’s', () => {
    expect(
      isNoAccessBody({ statusCode: 403, error: 'Forbidden', message: 'No role', email: 'x@y.z' }),
    ).toBe(true);
    expect(isNoAccessBody({ statusCode: 403, error: 'Forbidden', message: 'Bad key' })).toBe(false);
  });
});

describe('isSameOriginPath', () => {
  it.each([
    ['/auth/login', true],
    ['/', true],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['auth/login', false],
    ['https://example.com/', false],
  ])('%s → %s', (value, expected) => {
    expect(isSameOriginPath(value)).toBe(expected);
  });
});
