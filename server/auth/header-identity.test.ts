import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { resolveAuthConfig } from './auth-config.ts';
import type { HeaderAuthConfig } from './auth-config.ts';
import { peerAddress, readHeaderIdentity } from './header-identity.ts';

const config = resolveAuthConfig(
  { AUTH_MODE: 'header', AUTH_TRUSTED_PROXIES: '10.0.0.0/8,fd00::/8', AUTH_HEADER: 'X-Auth-Email' },
  '0.0.0.0',
) as HeaderAuthConfig;

function request(remoteAddress: string | undefined, value?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: value === undefined ? {} : { 'x-auth-email': value },
  } as unknown as IncomingMessage;
}

describe('readHeaderIdentity', () => {
  it('believes the header only from a trusted address, IPv4-mapped included', () => {
    expect(readHeaderIdentity(request('10.1.2.3', 'Ana@Example.com'), config)).toEqual({
      kind: 'user',
      email: 'ana@example.com',
    });
    expect(readHeaderIdentity(request('::ffff:10.1.2.3', 'ana@example.com'), config).kind).toBe(
      'user',
    );
    expect(readHeaderIdentity(request('fd00::7', 'ana@example.com'), config).kind).toBe('user');
    for (const address of ['127.0.0.1', '11.0.0.1', '::ffff:192.168.0.1', 'fe80::1', undefined]) {
      expect(readHeaderIdentity(request(address, 'ana@example.com'), config), address).toEqual({
        kind: 'untrusted',
      });
    }
  });

  it('takes one plain address and nothing else', () => {
    for (const value of [
      undefined,
      '',
      'ana',
      'Ana <ana@example.com>',
      'a@example.com, b@example.com',
    ]) {
      expect(readHeaderIdentity(request('10.0.0.1', value), config), value).toEqual({
        kind: 'missing',
      });
    }
  });

  it("understands Google IAP's accounts.google.com: prefix", () => {
    expect(
      readHeaderIdentity(request('10.0.0.1', 'accounts.google.com:ana@example.com'), config),
    ).toEqual({ kind: 'user', email: 'ana@example.com' });
  });
});

describe('peerAddress', () => {
  it.each([
    ['10.0.0.1', { address: '10.0.0.1', type: 'ipv4' }],
    ['::ffff:10.0.0.1', { address: '10.0.0.1', type: 'ipv4' }],
    ['::1', { address: '::1', type: 'ipv6' }],
    ['not an address', null],
  ])('%s', (raw, expected) => {
    expect(peerAddress(raw)).toEqual(expected);
  });
});
