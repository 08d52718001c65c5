import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadEnv } from 'vite';
import type { Connect, Logger, Plugin } from 'vite';
import { startBackend } from './backend.ts';
import type { Backend } from './backend.ts';
import { applySecurityHeaders } from './security-headers.ts';

function proxyMiddleware(backend: Backend): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    backend.proxy(req, res).then(
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
    const started = await startBackend({ ...process.env, ...fileEnv });
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
