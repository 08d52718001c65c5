import { describe, expect, it } from 'vitest';
import { matchReadableEndpoint, routeProxyRequest } from './proxy-routes.ts';

describe('routeProxyRequest', () => {
  it('maps an allowlisted path to its upstream path and keeps the query as received', () => {
    expect(routeProxyRequest('GET', '/api/v1/call-log?filters%5Bouter%5D=a&x', 'live')).toEqual({
      kind: 'api',
      endpoint: 'call-log',
      id: null,
      upstreamPath: '/v1/call-log',
      query: 'filters%5Bouter%5D=a&x',
    });
    expect(routeProxyRequest('HEAD', '/api/v1/sequences/seq_12345', 'live')).toEqual({
      kind: 'api',
      endpoint: 'sequences/:id',
      id: 'seq_12345',
      upstreamPath: '/v1/sequences/seq_12345',
      query: '',
    });
  });

  it('answers /api/mode itself', () => {
    expect(routeProxyRequest('GET', '/api/mode', 'demo')).toEqual({ kind: 'mode' });
    expect(routeProxyRequest('PUT', '/api/mode', 'demo')).toMatchObject({ status: 405 });
  });

  it('leaves everything outside /api (and /recordings in demo mode) alone', () => {
    for (const target of ['/', '/team?x=1', '/apiary', '/assets/a.js', '/API/v1/team']) {
      expect(routeProxyRequest('GET', target, 'demo'), target).toEqual({ kind: 'not-ours' });
    }
    expect(routeProxyRequest('GET', '/recordings/c.wav', 'live')).toEqual({ kind: 'not-ours' });
    expect(routeProxyRequest('GET', '/recordings/c.wav', 'demo')).toEqual({
      kind: 'recording',
      upstreamPath: '/recordings/c.wav',
      query: '',
    });
  });

  it('accepts ids of 1 to 64 safe characters only', () => {
    expect(routeProxyRequest('GET', `/api/v1/call-log/${'a'.repeat(64)}`, 'live').kind).toBe('api');
    expect(routeProxyRequest('GET', `/api/v1/call-log/${'a'.repeat(65)}`, 'live')).toMatchObject({
      status: 404,
    });
  });

  it.each([
    '/api/v1/team?a=1\r\nX-Injected: yes',
    '/api/v1/team?a=1\nX-Injected: yes',
    '/api/v1/team?a=\t1',
    '/api/v1/team?a=1 HTTP/1.1',
    '/api/v1/team\u0000',
    '/api/v1/team?q=caf\u00e9',
    '/api/v1/team?q=1#x',
    '/api/v1/call-log/\u2025',
  ])('refuses %j as malformed', (target) => {
    expect(routeProxyRequest('GET', target, 'live')).toMatchObject({ kind: 'reject', status: 400 });
  });

  it('refuses targets that are not origin-form', () => {
    for (const target of [undefined, '', '*', 'http://x/api/v1/team', 'api/v1/team']) {
      expect(routeProxyRequest('GET', target, 'live')).toMatchObject({ status: 400 });
    }
  });

  it('answers 404 before 405: an unknown path is unknown whatever the method', () => {
    expect(routeProxyRequest('POST', '/api/v1/users', 'live')).toMatchObject({ status: 404 });
    expect(routeProxyRequest('POST', '/api/v1/team', 'live')).toMatchObject({ status: 405 });
  });
});

describe('matchReadableEndpoint', () => {
  it('matches literal segments exactly and :id as one safe segment', () => {
    expect(matchReadableEndpoint(['analytics', 'overview'])).toBe('analytics/overview');
    expect(matchReadableEndpoint(['call-log', 'abc_1-2'])).toBe('call-log/:id');
    expect(matchReadableEndpoint(['analytics'])).toBeNull();
    expect(matchReadableEndpoint(['call-log', 'x.y'])).toBeNull();
    expect(matchReadableEndpoint(['call-log', ''])).toBeNull();
    expect(matchReadableEndpoint(['team', 'abc'])).toBeNull();
  });
});
