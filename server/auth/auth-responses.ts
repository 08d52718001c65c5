import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderAuthPage } from './auth-pages.ts';
import type { AuthPage } from './auth-pages.ts';

/** The access layer's own answers: never cached, and without a body for HEAD. */
export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(payload.length),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

export function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  page: AuthPage,
): void {
  const payload = Buffer.from(renderAuthPage(page));
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(payload.length),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

export function redirect(res: ServerResponse, status: 302 | 303, location: string): void {
  res.writeHead(status, { location, 'cache-control': 'no-store', 'content-length': '0' });
  res.end();
}

export function notAllowedMethod(res: ServerResponse, allow: string): void {
  res.writeHead(405, {
    allow,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end('Method Not Allowed');
}
