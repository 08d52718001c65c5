import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createAppServer } from '../../server/app-server.ts';
import { createAccess } from '../../server/auth/access.ts';
import { resolveAuthConfig } from '../../server/auth/auth-config.ts';
import type { TeamMember } from '../../server/auth/roles.ts';
import { createTeamDirectory, parseTeamMembers } from '../../server/auth/team-directory.ts';
import { startBackend } from '../../server/backend.ts';
import { startOidcTestProvider } from '../../server/test-support/oidc-test-provider.ts';

const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

export const MANAGER_EMAIL = 'maria.manager@example.com';
export const SESSION_SECRET = 'e2e-session-secret-that-is-long-enough-to-use';

/**
 * The production server twice over one demo backend (the simulator, 5,000 calls, seed 1, as the
 * main test server): once with OpenID Connect sign-in against a real provider started here, once
 * behind an "authenticating proxy" (header mode, trusting loopback, so a test's extra header is
 * the proxy's word). Needs `dist/` (Playwright runs after `vite build`).
 */
export interface TeamAccessStack {
  /** AUTH_MODE=oidc */
  oidcUrl: string;
  /** The provider's issuer: its sign-in form is where a page load without a session lands. */
  issuer: string;
  /** AUTH_MODE=header, header `x-forwarded-email`, trusted from 127.0.0.1 and ::1. */
  headerUrl: string;
  /** The simulator's team: each member signs in as a rep. */
  team: TeamMember[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}

export async function startTeamAccessStack(): Promise<TeamAccessStack> {
  const backend = await startBackend(
    { SIMULATOR_CALLS: '5000', SIMULATOR_SEED: '1' },
    { log: () => undefined },
  );
  const team = () => createTeamDirectory(() => backend.readTeam());

  // The callback address goes into the provider's client registration: listen first, mount after.
  const mounted: { app?: Server } = {};
  const oidcServer = createServer((req, res) => {
    mounted.app?.emit('request', req, res);
  });
  const oidcUrl = await listen(oidcServer);
  const provider = await startOidcTestProvider({ redirectUris: [`${oidcUrl}/auth/callback`] });
  mounted.app = createAppServer({
    distDir: DIST_DIR,
    backend,
    access: createAccess(
      resolveAuthConfig(
        {
          AUTH_MODE: 'oidc',
          OIDC_ISSUER: provider.issuer,
          OIDC_CLIENT_ID: provider.clientId,
          OIDC_CLIENT_SECRET: provider.clientSecret,
          PUBLIC_URL: oidcUrl,
          SESSION_SECRET,
          MANAGER_EMAILS: MANAGER_EMAIL,
        },
        '127.0.0.1',
      ),
      { team: team() },
    ),
  });

  const headerServer = createAppServer({
    distDir: DIST_DIR,
    backend,
    access: createAccess(
      resolveAuthConfig(
        {
          AUTH_MODE: 'header',
          AUTH_TRUSTED_PROXIES: '127.0.0.1,::1',
          AUTH_SIGN_OUT_URL: '/oauth2/sign_out',
          MANAGER_EMAILS: MANAGER_EMAIL,
        },
        '127.0.0.1',
      ),
      { team: team() },
    ),
  });
  const headerUrl = await listen(headerServer);

  return {
    oidcUrl,
    issuer: provider.issuer,
    headerUrl,
    team: parseTeamMembers(await backend.readTeam()),
    close: async () => {
      await Promise.all([close(oidcServer), close(headerServer), provider.close()]);
      await backend.close();
    },
  };
}
