import { BlockList, isIP } from 'node:net';
import { z } from 'zod';
import { ServerConfigError } from '../config.ts';
import { parseManagerEmails } from './roles.ts';
import type { ManagerEmails } from './roles.ts';

/** Who may read the calls, read from the environment once at start. */
export type AuthConfig = NoAuthConfig | OidcAuthConfig | HeaderAuthConfig;

interface CommonAuthConfig {
  managers: ManagerEmails;
  /** Lower-case domains a signed-in email must belong to; empty: any domain. */
  allowedDomains: readonly string[];
  /** `AUDIT_LOG`: the file that receives one JSON line per data request; null when off. */
  auditLogPath: string | null;
}

export interface NoAuthConfig extends CommonAuthConfig {
  mode: 'none';
}

export interface OidcAuthConfig extends CommonAuthConfig {
  mode: 'oidc';
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the browser reaches this server; the callback is `publicUrl/auth/callback`. */
  publicUrl: URL;
  sessionSecret: string;
  sessionMaxAgeSeconds: number;
}

export interface HeaderAuthConfig extends CommonAuthConfig {
  mode: 'header';
  /** Lower-case header name that carries the signed-in user's email. */
  header: string;
  /** The reverse proxies whose header is believed; anyone else is refused. */
  trustedProxies: BlockList;
  /** Where the app sends people to sign out of the reverse proxy (e.g. `/oauth2/sign_out`). */
  signOutUrl: string | null;
}

export const AUTH_MODES = ['none', 'oidc', 'header'] as const;
export const MIN_SESSION_SECRET_LENGTH = 32;
export const DEFAULT_SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
export const DEFAULT_AUTH_HEADER = 'x-forwarded-email';

const OPEN_ACCESS_REFUSAL =
  'AUTH_MODE is none, so anyone who reaches this server reads every call with its key, and HOST is not a loopback address. ' +
  'Set AUTH_MODE=oidc (sign-in with your identity provider), AUTH_MODE=header (behind an authenticating reverse proxy), ' +
  'or ALLOW_OPEN_ACCESS=1 to accept the risk knowingly.';

/** `localhost`, 127.0.0.0/8 and ::1: the addresses other machines cannot reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::ffff:127.0.0.1';
}

function isTruthyFlag(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes'].includes(value.trim().toLowerCase());
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function required(env: NodeJS.ProcessEnv, name: string, mode: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ServerConfigError(`${name} is required when AUTH_MODE=${mode}.`);
  return value;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function parseAllowedDomains(value: string | undefined): string[] {
  return list(value).map((entry) => {
    const domain = entry.toLowerCase().replace(/^@/, '');
    if (!DOMAIN.test(domain)) {
      throw new ServerConfigError(
        'AUTH_ALLOWED_DOMAINS must be a comma-separated list of domains, e.g. example.com,example.org.',
      );
    }
    return domain;
  });
}

const httpUrl = z.url({ protocol: /^https?$/ });

function parseUrl(name: string, value: string): URL {
  if (!httpUrl.safeParse(value).success) {
    throw new ServerConfigError(`${name} must be an http(s) URL.`);
  }
  const url = new URL(value);
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new ServerConfigError(`${name} must not carry credentials, a query or a fragment.`);
  }
  return url;
}

/** Plain http is for an identity provider on this machine (tests, a local Keycloak), never across a network. */
function requireHttpsUnlessLoopback(name: string, url: URL): void {
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ServerConfigError(`${name} must be https (http only for a loopback address).`);
  }
}

function parseTrustedProxies(value: string | undefined): BlockList {
  const entries = list(value);
  if (entries.length === 0) {
    throw new ServerConfigError(
      'AUTH_TRUSTED_PROXIES is required when AUTH_MODE=header: the addresses or CIDRs of the authenticating proxy, e.g. 127.0.0.1,10.0.0.0/8.',
    );
  }
  const blockList = new BlockList();
  for (const entry of entries) {
    const [address = '', prefixText, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = prefixText === undefined ? undefined : Number(prefixText);
    const maxPrefix = family === 6 ? 128 : 32;
    const validPrefix =
      prefix === undefined ||
      (prefixText !== '' && Number.isInteger(prefix) && prefix >= 0 && prefix <= maxPrefix);
    if (family === 0 || !validPrefix || extra !== undefined) {
      throw new ServerConfigError(
        'AUTH_TRUSTED_PROXIES must list IP addresses or CIDRs (e.g. 127.0.0.1,10.0.0.0/8,::1).',
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) blockList.addAddress(address, type);
    else blockList.addSubnet(address, prefix, type);
  }
  return blockList;
}

// RFC 7230 token characters: anything else cannot be a header name.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function parseSessionMaxAge(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_SESSION_MAX_AGE_SECONDS;
  const seconds = Number(value.trim());
  if (!Number.isInteger(seconds) || seconds < 60 || seconds > 30 * 24 * 60 * 60) {
    throw new ServerConfigError(
      'SESSION_MAX_AGE must be a whole number of seconds from 60 to 2592000 (30 days).',
    );
  }
  return seconds;
}

/**
 * Reads AUTH_MODE and its settings. Like `resolveServerConfig`, it throws a `ServerConfigError`
 * whose message names the variable and the way out, never a value (secrets included).
 */
export function resolveAuthConfig(env: NodeJS.ProcessEnv, host: string): AuthConfig {
  const rawMode = env.AUTH_MODE?.trim().toLowerCase() || 'none';
  const mode = AUTH_MODES.find((known) => known === rawMode);
  if (mode === undefined) {
    throw new ServerConfigError('AUTH_MODE must be none, oidc or header.');
  }
  const common: CommonAuthConfig = {
    managers: parseManagerEmails(env.MANAGER_EMAILS),
    allowedDomains: parseAllowedDomains(env.AUTH_ALLOWED_DOMAINS),
    auditLogPath: env.AUDIT_LOG?.trim() || null,
  };

  if (mode === 'none') {
    if (!isLoopbackHost(host) && !isTruthyFlag(env.ALLOW_OPEN_ACCESS)) {
      throw new ServerConfigError(OPEN_ACCESS_REFUSAL);
    }
    return { ...common, mode };
  }

  if (mode === 'header') {
    const header = (env.AUTH_HEADER?.trim() || DEFAULT_AUTH_HEADER).toLowerCase();
    if (!HEADER_NAME.test(header)) {
      throw new ServerConfigError('AUTH_HEADER must be an HTTP header name.');
    }
    const signOutUrl = env.AUTH_SIGN_OUT_URL?.trim() || null;
    if (
      signOutUrl !== null &&
      !signOutUrl.startsWith('/') &&
      !httpUrl.safeParse(signOutUrl).success
    ) {
      throw new ServerConfigError(
        'AUTH_SIGN_OUT_URL must be a path on this site (e.g. /oauth2/sign_out) or an http(s) URL.',
      );
    }
    return {
      ...common,
      mode,
      header,
      trustedProxies: parseTrustedProxies(env.AUTH_TRUSTED_PROXIES),
      signOutUrl,
    };
  }

  const issuer = parseUrl('OIDC_ISSUER', required(env, 'OIDC_ISSUER', mode));
  requireHttpsUnlessLoopback('OIDC_ISSUER', issuer);
  const publicUrl = parseUrl('PUBLIC_URL', required(env, 'PUBLIC_URL', mode));
  if (publicUrl.pathname !== '/') {
    throw new ServerConfigError(
      'PUBLIC_URL must be the origin the browser uses, without a path, e.g. https://calls.example.com',
    );
  }
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new ServerConfigError(
      `SESSION_SECRET must be at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. the output of: openssl rand -base64 32).`,
    );
  }
  return {
    ...common,
    mode,
    issuer,
    clientId: required(env, 'OIDC_CLIENT_ID', mode),
    clientSecret: required(env, 'OIDC_CLIENT_SECRET', mode),
    publicUrl,
    sessionSecret,
    sessionMaxAgeSeconds: parseSessionMaxAge(env.SESSION_MAX_AGE),
  };
}
