import { describe, expect, it } from 'vitest';
import { ServerConfigError } from '../config.ts';
import {
  DEFAULT_SESSION_MAX_AGE_SECONDS,
  isLoopbackHost,
  resolveAuthConfig,
} from './auth-config.ts';
import { decideRole, parseManagerEmails } from './roles.ts';

const OIDC = {
  AUTH_MODE: 'oidc',
  OIDC_ISSUER: 'https://accounts.example.com',
  OIDC_CLIENT_ID: 'dashboard',
  OIDC_CLIENT_SECRET: 'client-secret-value',
  PUBLIC_URL: 'https://calls.example.com',
  SESSION_SECRET: 's'.repeat(32),
};

function refusal(env: NodeJS.ProcessEnv, host = '127.0.0.1'): string {
  try {
    resolveAuthConfig(env, host);
  } catch (error) {
    if (error instanceof ServerConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('resolveAuthConfig', () => {
  it('defaults to no sign-in on loopback', () => {
    expect(resolveAuthConfig({}, '127.0.0.1')).toMatchObject({ mode: 'none', auditLogPath: null });
    expect(resolveAuthConfig({ AUTH_MODE: ' NONE ' }, 'localhost').mode).toBe('none');
  });

  it.each(['0.0.0.0', '::', '10.1.2.3', 'calls.internal'])(
    'refuses no sign-in on HOST=%s and names the three ways out',
    (host) => {
      const message = refusal({}, host);
      for (const wayOut of ['AUTH_MODE=oidc', 'AUTH_MODE=header', 'ALLOW_OPEN_ACCESS=1']) {
        expect(message).toContain(wayOut);
      }
    },
  );

  it('accepts the open risk only when asked for explicitly', () => {
    expect(resolveAuthConfig({ ALLOW_OPEN_ACCESS: '1' }, '0.0.0.0').mode).toBe('none');
    expect(resolveAuthConfig({ ALLOW_OPEN_ACCESS: 'true' }, '0.0.0.0').mode).toBe('none');
    expect(refusal({ ALLOW_OPEN_ACCESS: '0' }, '0.0.0.0')).toContain('ALLOW_OPEN_ACCESS=1');
  });

  it('refuses an unknown mode', () => {
    expect(refusal({ AUTH_MODE: 'ldap' })).toBe('AUTH_MODE must be none, oidc or header.');
  });

  it('reads the OpenID Connect settings, with a 12-hour session by default', () => {
    const config = resolveAuthConfig(OIDC, '0.0.0.0');
    expect(config).toMatchObject({
      mode: 'oidc',
      clientId: 'dashboard',
      sessionMaxAgeSeconds: DEFAULT_SESSION_MAX_AGE_SECONDS,
    });
    expect(DEFAULT_SESSION_MAX_AGE_SECONDS).toBe(43_200);
    expect(resolveAuthConfig({ ...OIDC, SESSION_MAX_AGE: '3600' }, '0.0.0.0')).toMatchObject({
      sessionMaxAgeSeconds: 3600,
    });
  });

  it.each([
    [{ OIDC_ISSUER: '' }, 'OIDC_ISSUER is required when AUTH_MODE=oidc.'],
    [{ OIDC_CLIENT_SECRET: '' }, 'OIDC_CLIENT_SECRET is required when AUTH_MODE=oidc.'],
    [{ PUBLIC_URL: '' }, 'PUBLIC_URL is required when AUTH_MODE=oidc.'],
    [{ SESSION_SECRET: 's'.repeat(31) }, 'SESSION_SECRET must be at least 32 characters'],
    [{ OIDC_ISSUER: 'http://accounts.example.com' }, 'OIDC_ISSUER must be https'],
    [{ PUBLIC_URL: 'https://calls.example.com/app' }, 'PUBLIC_URL must be the origin'],
    [{ SESSION_MAX_AGE: '12h' }, 'SESSION_MAX_AGE must be a whole number of seconds'],
    [{ AUTH_ALLOWED_DOMAINS: 'example.com, not a domain' }, 'AUTH_ALLOWED_DOMAINS must be'],
  ])('refuses %j at start', (override, message) => {
    const text = refusal({ ...OIDC, ...override }, '0.0.0.0');
    expect(text).toContain(message);
    // Never a value: the secret in particular.
    expect(text).not.toContain('s'.repeat(31));
  });

  it('allows a plain-http provider only on this machine', () => {
    const config = resolveAuthConfig({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:9000' }, '0.0.0.0');
    expect(config.mode).toBe('oidc');
  });

  it('reads header mode: the header, the trusted proxies, an optional sign-out address', () => {
    const config = resolveAuthConfig(
      {
        AUTH_MODE: 'header',
        AUTH_HEADER: 'X-Auth-Request-Email',
        AUTH_TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1, fd00::/8',
        AUTH_SIGN_OUT_URL: '/oauth2/sign_out',
      },
      '0.0.0.0',
    );
    if (config.mode !== 'header') throw new Error('expected header mode');
    expect(config.header).toBe('x-auth-request-email');
    expect(config.signOutUrl).toBe('/oauth2/sign_out');
    expect(config.trustedProxies.check('10.20.30.40', 'ipv4')).toBe(true);
    expect(config.trustedProxies.check('127.0.0.1', 'ipv4')).toBe(true);
    expect(config.trustedProxies.check('127.0.0.2', 'ipv4')).toBe(false);
    expect(config.trustedProxies.check('fd12::1', 'ipv6')).toBe(true);
    expect(config.trustedProxies.check('11.0.0.1', 'ipv4')).toBe(false);
  });

  it.each([
    [{}, 'AUTH_TRUSTED_PROXIES is required'],
    [{ AUTH_TRUSTED_PROXIES: '10.0.0.0/33' }, 'AUTH_TRUSTED_PROXIES must list'],
    [{ AUTH_TRUSTED_PROXIES: 'proxy.internal' }, 'AUTH_TRUSTED_PROXIES must list'],
    [{ AUTH_TRUSTED_PROXIES: '10.0.0.0/' }, 'AUTH_TRUSTED_PROXIES must list'],
    [{ AUTH_TRUSTED_PROXIES: '10.0.0.1', AUTH_HEADER: 'x email' }, 'AUTH_HEADER must be'],
  ])('refuses header mode with %j', (override, message) => {
    expect(refusal({ AUTH_MODE: 'header', ...override }, '0.0.0.0')).toContain(message);
  });

  it('refuses a MANAGER_EMAILS entry that is not an address or *@domain', () => {
    expect(refusal({ MANAGER_EMAILS: 'ana@example.com, Bob Smith' })).toContain('MANAGER_EMAILS');
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.0.1', false],
    ['example.com', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('roles', () => {
  const managers = parseManagerEmails('Ana@Example.com, *@leads.example.com');
  const team = [{ userId: 'u1', email: 'Rep.One@Example.com', name: 'Rep One' }];

  it('makes managers of listed addresses and whole domains, without case', () => {
    expect(managers.includes('ana@example.com')).toBe(true);
    expect(managers.includes('ANA@EXAMPLE.COM')).toBe(true);
    expect(managers.includes('x@leads.example.com')).toBe(true);
    expect(managers.includes('x@sub.leads.example.com')).toBe(false);
    expect(managers.includes('x@example.com')).toBe(false);
  });

  it('decides manager first, then a rep by the team list, else nobody', () => {
    expect(decideRole({ email: 'ana@example.com', name: null }, managers, null)).toEqual({
      kind: 'manager',
      email: 'ana@example.com',
      name: null,
    });
    expect(decideRole({ email: 'rep.one@example.com', name: null }, managers, team)).toEqual({
      kind: 'rep',
      email: 'rep.one@example.com',
      name: 'Rep One',
      userId: 'u1',
    });
    expect(decideRole({ email: 'other@example.com', name: null }, managers, team)).toBeNull();
    expect(decideRole({ email: 'rep.one@example.com', name: null }, managers, null)).toBeNull();
  });
});
