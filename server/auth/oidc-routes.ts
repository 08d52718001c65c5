import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import { z } from 'zod';
import type { OidcAuthConfig } from './auth-config.ts';
import { notAllowedMethod, redirect, sendPage } from './auth-responses.ts';
import {
  createOidcSignIn,
  safeReturnTo,
  signInTransactionSchema,
  SignInError,
} from './oidc-sign-in.ts';
import { createSealedCookie } from './sealed-cookie.ts';

export const SESSION_COOKIE = 'sf_session';
export const SIGN_IN_COOKIE = 'sf_sign_in';
const SIGN_IN_MAX_AGE_SECONDS = 10 * 60;
export const SIGN_IN_PATH = '/auth/login';
export const SIGN_OUT_PATH = '/auth/logout';
export const SIGNED_OUT_PATH = '/auth/signed-out';

const sessionSchema = z.object({ email: z.string(), name: z.string().nullable() });

/** `/auth/login`, with where to come back to after sign-in (`/` needs no parameter). */
export function signInUrl(returnTo: string): string {
  return returnTo === '/'
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?return_to=${encodeURIComponent(returnTo)}`;
}

/** The OpenID Connect half: the sign-in routes and the sealed cookies they write. */
export function createOidcRoutes(config: OidcAuthConfig, now?: () => number) {
  const signIn = createOidcSignIn(config);
  const secure = config.publicUrl.protocol === 'https:';
  const session = createSealedCookie(config.sessionSecret, 'session', sessionSchema, { now });
  const transaction = createSealedCookie(config.sessionSecret, 'sign-in', signInTransactionSchema, {
    now,
  });
  const cookie = (name: string, value: string, maxAge: number, path = '/') =>
    stringifySetCookie({ name, value, maxAge, path, httpOnly: true, sameSite: 'lax', secure });
  const clearSessionCookie = cookie(SESSION_COOKIE, '', 0);
  const clearSignInCookie = cookie(SIGN_IN_COOKIE, '', 0, '/auth');

  const signInFailed = (
    req: IncomingMessage,
    res: ServerResponse,
    error: SignInError,
    returnTo: string,
  ) => {
    res.appendHeader('set-cookie', clearSignInCookie);
    sendPage(req, res, error.status, {
      title: 'Sign-in did not complete',
      paragraphs: [error.message],
      link: { href: signInUrl(returnTo), label: 'Sign in again' },
    });
  };

  /**
   * Only this site's own pages may sign someone out: a cross-site form post is refused. Browsers
   * say where a request comes from in `Sec-Fetch-Site`; `Origin` is no help from our own pages,
   * where `Referrer-Policy: no-referrer` makes it `null`. Without either, nothing cross-site is known.
   */
  const isSameOrigin = (req: IncomingMessage) => {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined) return site === 'same-origin';
    const origin = req.headers.origin;
    return origin === undefined || origin === config.publicUrl.origin;
  };

  const handleRoute = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: string,
  ): Promise<void> => {
    const params = new URLSearchParams(query);
    if (path === SIGN_IN_PATH) {
      if (req.method !== 'GET') {
        notAllowedMethod(res, 'GET');
        return;
      }
      const returnTo = safeReturnTo(params.get('return_to'));
      try {
        const started = await signIn.start(returnTo);
        res.appendHeader(
          'set-cookie',
          cookie(
            SIGN_IN_COOKIE,
            await transaction.seal(started.transaction, SIGN_IN_MAX_AGE_SECONDS),
            SIGN_IN_MAX_AGE_SECONDS,
            '/auth',
          ),
        );
        redirect(res, 302, started.url.href);
      } catch (error) {
        if (!(error instanceof SignInError)) throw error;
        signInFailed(req, res, error, returnTo);
      }
      return;
    }
    if (path === '/auth/callback') {
      if (req.method !== 'GET') {
        notAllowedMethod(res, 'GET');
        return;
      }
      const pending = await transaction.open(parseCookie(req.headers.cookie ?? '')[SIGN_IN_COOKIE]);
      if (pending === null) {
        signInFailed(
          req,
          res,
          new SignInError(
            400,
            'This sign-in expired or was started in another browser. Start it again.',
          ),
          '/',
        );
        return;
      }
      try {
        const identity = await signIn.finish(query, pending);
        res.appendHeader('set-cookie', clearSignInCookie);
        res.appendHeader(
          'set-cookie',
          cookie(
            SESSION_COOKIE,
            await session.seal(identity, config.sessionMaxAgeSeconds),
            config.sessionMaxAgeSeconds,
          ),
        );
        redirect(res, 303, pending.returnTo);
      } catch (error) {
        if (!(error instanceof SignInError)) throw error;
        signInFailed(req, res, error, pending.returnTo);
      }
      return;
    }
    if (path === SIGN_OUT_PATH) {
      if (req.method !== 'POST') {
        notAllowedMethod(res, 'POST');
        return;
      }
      if (!isSameOrigin(req)) {
        sendPage(req, res, 403, {
          title: 'Sign-out refused',
          paragraphs: ['Sign out from the dashboard itself.'],
          link: { href: '/', label: 'Open the dashboard' },
        });
        return;
      }
      res.appendHeader('set-cookie', clearSessionCookie);
      redirect(res, 303, SIGNED_OUT_PATH);
      return;
    }
    if (path === SIGNED_OUT_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        notAllowedMethod(res, 'GET, HEAD');
        return;
      }
      sendPage(req, res, 200, {
        title: 'You have signed out',
        paragraphs: ['Nothing of the team’s calls is kept in this browser’s session any more.'],
        link: { href: SIGN_IN_PATH, label: 'Sign in again' },
      });
      return;
    }
    sendPage(req, res, 404, {
      title: 'There is no page at this address',
      paragraphs: [],
      link: { href: '/', label: 'Open the dashboard' },
    });
  };

  return { session, clearSessionCookie, handleRoute };
}
