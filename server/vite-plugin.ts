import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadEnv } from 'vite';
import type { Connect, Logger, Plugin } from 'vite';
import { OPEN_AUTH_CONFIG, createAccess } from './auth/access.ts';
import { startBackend } from './backend.ts';
import type { Backend } from './backend.ts';
import { ServerConfigError } from './config.ts';
import { applySecurityHeaders } from './security-headers.ts';

// The dev and preview servers never sign anyone in: `/api/session` says so, and the proxy reads all.
const openAccess = createAccess(OPEN_AUTH_CONFIG);

function proxyMiddleware(backend: Backend): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    openAccess
      .handleOwnRoute(req, res)
      .then((handled) => handled || backend.proxy(req, res))
      .then(
        (handled) => {
          if (!handled) next();
        },
        (error: unknown) => {
          next(error);
        },
      );
  };
}

/**
 * Mounts the same key-injecting proxy as `npm start` on `vite` (dev) and `vite preview`, so the
 * browser only ever talks to its own origin. The env files are read here, server-side: without a
 * `VITE_` prefix nothing of them reaches the client bundle.
 */
export function salesfinityProxyPlugin(): Plugin {
  let mode = 'development';
  let envDir: string | false = process.cwd();
  let backend: Backend | undefined;

  const close = async () => {
    const running = backend;
    backend = undefined;
    await running?.close();
  };

  const start = async (logger: Logger) => {
    await close();
    const fileEnv = envDir === false ? {} : loadEnv(mode, envDir, '');
    const env = { ...process.env, ...fileEnv };
    const authMode = env.AUTH_MODE?.trim().toLowerCase();
    if (authMode && authMode !== 'none') {
      // Refused rather than ignored: someone who set it expects a sign-in this server would not ask for.
      throw new ServerConfigError(
        `AUTH_MODE=${authMode} is for npm start: the Vite dev and preview servers have no sign-in. Unset AUTH_MODE to use them.`,
      );
    }
    const started = await startBackend(env);
    backend = started;
    logger.info(
      started.mode === 'demo'
        ? '  Salesfinity API: demo mode (embedded simulator; set SALESFINITY_API_KEY for live data)'
        : '  Salesfinity API: live mode',
    );
    return started;
  };

  return {
    name: 'salesfinity-proxy',
    configResolved(config) {
      mode = config.mode;
      envDir = config.envDir;
    },
    async configureServer(server) {
      const started = await start(server.config.logger);
      // The dev server's React Refresh preamble is an inline script: every header but the CSP.
      server.middlewares.use((_req, res, next) => {
        applySecurityHeaders(res, { withCsp: false });
        next();
      });
      server.middlewares.use(proxyMiddleware(started));
      server.httpServer?.once('close', () => void close());
    },
    async configurePreviewServer(server) {
      const started = await start(server.config.logger);
      // Preview serves the built app, so it gets the production headers, CSP included.
      server.middlewares.use((_req, res, next) => {
        applySecurityHeaders(res);
        next();
      });
      server.middlewares.use(proxyMiddleware(started));
      server.httpServer.once('close', () => void close());
    },
    async closeBundle() {
      await close();
    },
  };
}
