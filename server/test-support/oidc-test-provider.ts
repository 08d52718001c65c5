import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider for the tests (`oidc-provider`, with its development sign-in
 * form: any login, any password). The login typed is the email; a login that starts with
 * `unverified` gets `email_verified: false`, one that starts with `entra.` Entra ID's `xms_edov`.
 */
export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export interface OidcTestProviderOptions {
  port?: number;
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
}

function nameOf(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join(' ');
}

export async function startOidcTestProvider({
  port = 0,
  redirectUris,
  clientId = 'dashboard',
  clientSecret = 'test-client-secret-that-is-long-enough',
}: OidcTestProviderOptions): Promise<OidcTestProvider> {
  // The issuer names the port, so the server listens first and the provider is mounted after.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified', 'xms_edov'],
      profile: ['name'],
    },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      // `entra.…` answers as Microsoft Entra ID does: no email_verified, `xms_edov` instead.
      claims: () =>
        sub.startsWith('entra.')
          ? { sub, email: sub, xms_edov: true, name: nameOf(sub) }
          : { sub, email: sub, email_verified: !sub.startsWith('unverified'), name: nameOf(sub) },
    }),
    // Not the dashboard's cookie names: browsers share cookies across the ports of one host.
    cookies: {
      keys: ['test-provider-cookie-key'],
      names: { session: 'idp_session', interaction: 'idp_interaction', resume: 'idp_resume' },
    },
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  const handle = provider.callback();
  server.on('request', (req, res) => {
    void handle(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
