import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { HeaderAuthConfig } from './auth-config.ts';
import { normalizeEmail } from './roles.ts';

export type HeaderIdentity =
  | { kind: 'user'; email: string }
  /** The connection is not from a trusted proxy: whatever it says about users is ignored. */
  | { kind: 'untrusted' }
  /** A trusted proxy sent no user, or a value that is not one email address. */
  | { kind: 'missing' };

/** `::ffff:10.0.0.1` is how a dual-stack socket shows an IPv4 peer: compare it as IPv4. */
export function peerAddress(
  address: string | undefined,
): { address: string; type: 'ipv4' | 'ipv6' } | null {
  if (address === undefined) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const bare = mapped?.[1] ?? address;
  const family = isIP(bare);
  if (family === 0) return null;
  return { address: bare, type: family === 4 ? 'ipv4' : 'ipv6' };
}

/**
 * Behind an authenticating reverse proxy (oauth2-proxy, Cloudflare Access, IAP): the user's email
 * from `config.header`, believed only on a connection from `AUTH_TRUSTED_PROXIES`. The socket's
 * address is the only thing consulted: `X-Forwarded-For` is the client's to write.
 */
export function readHeaderIdentity(req: IncomingMessage, config: HeaderAuthConfig): HeaderIdentity {
  const peer = peerAddress(req.socket.remoteAddress);
  if (peer === null || !config.trustedProxies.check(peer.address, peer.type)) {
    return { kind: 'untrusted' };
  }
  const value = req.headers[config.header];
  // Node joins a repeated header with ", ": two users in one request is no user at all.
  if (typeof value !== 'string' || value.includes(',')) return { kind: 'missing' };
  // Google IAP writes `accounts.google.com:user@example.com`.
  const email = normalizeEmail(value.replace(/^accounts\.google\.com:/i, ''));
  return email === null ? { kind: 'missing' } : { kind: 'user', email };
}
