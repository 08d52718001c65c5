import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createAppServer, hasBuiltApp } from './app-server.ts';
import { createAccess } from './auth/access.ts';
import { resolveAuthConfig } from './auth/auth-config.ts';
import type { AuthConfig } from './auth/auth-config.ts';
import { openAuditLog } from './auth/audit-log.ts';
import type { AuditLog } from './auth/audit-log.ts';
import { createTeamDirectory } from './auth/team-directory.ts';
import { startBackend } from './backend.ts';
import type { Backend } from './backend.ts';
import { ServerConfigError, resolveServerConfig } from './config.ts';
import type { ServerConfig } from './config.ts';

const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
const SHUTDOWN_GRACE_MS = 5_000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function displayUrl(server: Server, host: string): string {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const isWildcard = host === '0.0.0.0' || host === '::';
  const shownHost = isWildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}`;
}

function describeMode(config: ServerConfig): string {
  if (config.mode === 'demo') return 'demo mode: embedded simulator, no API key set';
  // Origin only: never a path or anything else someone might have put in the URL.
  return `live mode: ${config.upstreamUrl === null ? '' : new URL(config.upstreamUrl).origin}`;
}

function describeAccess(auth: AuthConfig): string {
  if (auth.mode === 'none') return 'no sign-in';
  if (auth.mode === 'oidc') return `sign-in with ${auth.issuer.origin}`;
  return `signed in by the proxy's ${auth.header} header`;
}

function installShutdown(server: Server, backend: Backend, auditLog: AuditLog | null): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C means "now".
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: shutting down`);
    const force = setTimeout(() => {
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      Promise.all([backend.close(), auditLog?.close()]).then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(): Promise<void> {
  // Keys belong in the environment or an untracked .env; variables already set win over the file.
  if (existsSync('.env')) process.loadEnvFile('.env');

  let config: ServerConfig;
  let auth: AuthConfig;
  try {
    config = resolveServerConfig(process.env);
    auth = resolveAuthConfig(process.env, config.host);
  } catch (error) {
    if (error instanceof ServerConfigError) fail(error.message);
    throw error;
  }

  if (!hasBuiltApp(DIST_DIR)) fail('No built app in dist/: run npm run build first.');

  if (auth.mode !== 'none' && auth.managers.isEmpty) {
    console.warn(
      'MANAGER_EMAILS is empty: nobody is a manager, and reps see only their own calls.',
    );
  }
  const auditLog = auth.auditLogPath === null ? null : openAuditLog(auth.auditLogPath);
  const backend = await startBackend(process.env, { audit: auditLog?.write });
  const access = createAccess(auth, { team: createTeamDirectory(() => backend.readTeam()) });
  const server = createAppServer({ distDir: DIST_DIR, backend, access });
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await Promise.all([backend.close(), auditLog?.close()]);
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') fail(`Port ${config.port} is in use: set PORT to another port.`);
    throw error;
  }

  installShutdown(server, backend, auditLog);
  console.log(
    `Salesfinity dashboard on ${displayUrl(server, config.host)} (${describeMode(config)}; ${describeAccess(auth)})`,
  );
}

void main().catch((error: unknown) => {
  // Only the message: a stack or cause could quote configuration values.
  fail(`Server failed to start: ${error instanceof Error ? error.message : 'unknown error'}`);
});
