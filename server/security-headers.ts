import type { ServerResponse } from 'node:http';

/**
 * No inline scripts (the built app has none); inline styles stay allowed for the UI libraries that
 * position popovers with `style`. Recordings live on third-party hosts, hence `media-src https: http:`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "media-src 'self' https: http:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // The dashboard URL carries the filters (names, numbers): recording hosts must not see it.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Sets the security headers on a response before anything writes it. `withCsp: false` is for
 * Vite's dev server, whose React Refresh preamble is an inline script.
 */
export function applySecurityHeaders(res: ServerResponse, { withCsp = true } = {}): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!withCsp && name === 'content-security-policy') continue;
    res.setHeader(name, value);
  }
}
