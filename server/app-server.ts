import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { OPEN_AUTH_CONFIG, createAccess, requestGate } from './auth/access.ts';
import type { Access } from './auth/access.ts';
import type { Backend } from './backend.ts';
import { applySecurityHeaders } from './security-headers.ts';

export interface AppServerOptions {
  /** The output of `vite build`: index.html plus hashed files under assets/. */
  distDir: string;
  backend: Pick<Backend, 'proxy'>;
  /** Sign-in and roles; default AUTH_MODE=none (everything readable, `/api/session` says so). */
  access?: Access;
}

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** Raised when there is no built app to serve. */
export class MissingBuildError extends Error {
  override name = 'MissingBuildError';
  constructor(distDir: string) {
    super(`No built app in ${distDir}: run npm run build first.`);
  }
}

export function hasBuiltApp(distDir: string): boolean {
  return existsSync(join(distDir, 'index.html'));
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

function sendText(res: ServerResponse, status: number, text: string, headers = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function acceptsHtml(req: IncomingMessage): boolean {
  return req.headers.accept?.includes('text/html') ?? false;
}

/**
 * The production server: the built app and the proxy on one origin, so the browser never needs
 * CORS and never sees the key. The caller owns `backend` and closes it after the server.
 */
export function createAppServer({
  distDir,
  backend,
  access = createAccess(OPEN_AUTH_CONFIG),
}: AppServerOptions): Server {
  if (!hasBuiltApp(distDir)) throw new MissingBuildError(distDir);

  const serveFile = sirv(distDir, {
    etag: true,
    setHeaders: (res, pathname) => {
      // Vite content-hashes everything under assets/; the rest (index.html, favicon) revalidates.
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    },
  });

  // compression's types speak Express; at runtime it is plain Node middleware.
  const compress = compression({
    // A ranged or range-capable body (recordings) must keep its bytes, or offsets stop matching.
    filter: (req, res) =>
      !res.getHeader('content-range') &&
      !res.getHeader('accept-ranges') &&
      compression.filter(req, res),
  }) as unknown as Middleware;

  const serveStatic = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
      return;
    }
    // The app's files are small and sirv's Range parsing is loose: always answer them whole.
    delete req.headers.range;
    serveFile(req, res, () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      // Deep links (`/team?x`) get the app; a missing script or image is a real 404.
      if (path.startsWith('/assets/') || !acceptsHtml(req)) {
        sendText(res, 404, 'Not Found');
        return;
      }
      req.url = '/';
      serveFile(req, res, () => {
        sendText(res, 404, 'Not Found');
      });
    });
  };

  // Sign-in routes, then the proxy (which asks the gate only for data requests), then the app's
  // files: a page load needs a signed-in user with a role, the scripts and styles do not.
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    if (await access.handleOwnRoute(req, res)) return;
    const gate = requestGate(access, req, res);
    if (await backend.proxy(req, res, gate)) return;
    if (acceptsHtml(req) && access.mode !== 'none') {
      const verdict = await gate.identify();
      if (verdict.kind === 'refused') {
        access.sendPageRefusal(req, res, verdict);
        return;
      }
    }
    serveStatic(req, res);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    applySecurityHeaders(res);
    if (!req.url?.startsWith('/')) {
      // Absolute-form and `*` targets are for forward proxies; nothing here serves them.
      sendText(res, 400, 'Bad Request');
      return;
    }
    compress(req, res, (error) => {
      if (error) {
        sendText(res, 500, 'Internal Server Error');
        return;
      }
      serve(req, res).catch(() => {
        sendText(res, 500, 'Internal Server Error');
      });
    });
  };

  return createServer(handle);
}
