import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';
import { z } from 'zod';
import type { AuthConfig, OidcAuthConfig } from './auth-config.ts';
import { renderAuthPage } from './auth-pages.ts';
import type { AuthPage } from './auth-pages.ts';
import { readHeaderIdentity } from './header-identity.ts';
import {
  createOidcSignIn,
  safeReturnTo,
  signInTransactionSchema,
  SignInError,
} from './oidc-sign-in.ts';
import type { SignedInIdentity } from './oidc-sign-in.ts';
import { decideRole, emailDomain } from './roles.ts';
import type { Principal, TeamMember } from './roles.ts';
import { createSealedCookie } from './sealed-cookie.ts';
import type { TeamDirectory } from './team-directory.ts';

/** Whether a request may read data, and as whom. */
export type Verdict =
  | { kind: 'allowed'; principal: Principal }
  | {
      kind: 'refused';
      status: 401 | 403 | 503;
      message: string;
      /** 403: who they are signed in as. */
      email?: string;
    };

/** What `GET /api/session` answers when someone may use the app. */
export interface SessionBody {
  authMode: AuthConfig['mode'];
  user?: { email: string; name: string | null; role: 'manager' | 'rep'; userId?: string };
  signOut?: { method: 'POST' | 'GET'; url: string } | null;
}

export interface Access {
  readonly mode: AuthConfig['mode'];
  /** Answers `/auth/*` and `/api/session`; resolves false for every other path. */
  handleOwnRoute(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Who is asking; may set a cookie-clearing header on `res` when a session cookie is bad. */
  identify(req: IncomingMessage, res: ServerResponse): Promise<Verdict>;
  /** The JSON answer to an API request that is refused. */
  sendApiRefusal(req: IncomingMessage, res: ServerResponse, verdict: RefusedVerdict): void;
  /** The answer to a page load that is refused: to sign-in, or a page that says why. */
  sendPageRefusal(req: IncomingMessage, res: ServerResponse, verdict: RefusedVerdict): void;
}

export type RefusedVerdict = Extract<Verdict, { kind: 'refused' }>;

export const SESSION_COOKIE = 'sf_session';
export const SIGN_IN_COOKIE = 'sf_sign_in';
const SIGN_IN_MAX_AGE_SECONDS = 10 * 60;
export const SIGN_IN_PATH = '/auth/login';
export const SIGN_OUT_PATH = '/auth/logout';
export const SIGNED_OUT_PATH = '/auth/signed-out';

const sessionSchema = z.object({ email: z.string(), name: z.string().nullable() });

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 503: 'Service Unavailable' } as const;

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(payload.length),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function sendPage(req: IncomingMessage, res: ServerResponse, status: number, page: AuthPage): void {
  const payload = Buffer.from(renderAuthPage(page));
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(payload.length),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function redirect(res: ServerResponse, status: 302 | 303, location: string): void {
  res.writeHead(status, { location, 'cache-control': 'no-store', 'content-length': '0' });
  res.end();
}

function requestPath(req: IncomingMessage): { path: string; query: string } {
  const target = req.url ?? '/';
  const queryStart = target.indexOf('?');
  return queryStart === -1
    ? { path: target, query: '' }
    : { path: target.slice(0, queryStart), query: target.slice(queryStart + 1) };
}

function signInUrl(returnTo: string): string {
  return returnTo === '/'
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?return_to=${encodeURIComponent(returnTo)}`;
}

function notAllowedMethod(res: ServerResponse, allow: string): void {
  res.writeHead(405, {
    allow,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end('Method Not Allowed');
}

const NO_ACCESS_HELP =
  'Ask your sales manager: reps need their email on the Salesfinity team, managers need it in the dashboard’s MANAGER_EMAILS setting.';

export interface AccessOptions {
  /** Who the reps are; not needed with AUTH_MODE=none. */
  team?: TeamDirectory;
  now?: () => number;
}

/** AUTH_MODE=none, for the dev and preview servers: `/api/session` answers, nobody signs in. */
export const OPEN_AUTH_CONFIG: AuthConfig = {
  mode: 'none',
  managers: { isEmpty: true, includes: () => false },
  allowedDomains: [],
  auditLogPath: null,
};

/**
 * One request's gate: identifies the requester at most once (the proxy and the page check share
 * the answer) and refuses API requests in the access layer's words.
 */
export function requestGate(access: Access, req: IncomingMessage, res: ServerResponse) {
  let verdict: Promise<Verdict> | undefined;
  return {
    identify: () => (verdict ??= access.identify(req, res)),
    refuse: (refused: RefusedVerdict) => {
      access.sendApiRefusal(req, res, refused);
    },
  };
}

/** Sign-in, roles and the refusals, for the configured AUTH_MODE. */
export function createAccess(config: AuthConfig, { team, now }: AccessOptions = {}): Access {
  if (config.mode !== 'none' && team === undefined) {
    throw new Error(`AUTH_MODE=${config.mode} needs the team directory to decide roles`);
  }
  const teamDirectory: TeamDirectory = team ?? {
    members: () => Promise.reject(new Error('No team directory')),
  };
  const roleOf = async (identity: SignedInIdentity): Promise<Verdict> => {
    if (
      config.allowedDomains.length > 0 &&
      !config.allowedDomains.includes(emailDomain(identity.email))
    ) {
      return forbidden(identity.email);
    }
    // Managers are decided by MANAGER_EMAILS alone: they never wait for the team list.
    let members: readonly TeamMember[] | null = null;
    if (!config.managers.includes(identity.email)) {
      try {
        members = await teamDirectory.members();
      } catch {
        return {
          kind: 'refused',
          status: 503,
          message:
            'Your access could not be checked: the Salesfinity team list could not be read. Try again in a moment.',
        };
      }
    }
    const principal = decideRole(identity, config.managers, members);
    return principal === null ? forbidden(identity.email) : { kind: 'allowed', principal };
  };

  const forbidden = (email: string): Verdict => ({
    kind: 'refused',
    status: 403,
    email,
    message: `You are signed in as ${email}, which has no access to this dashboard. ${NO_ACCESS_HELP}`,
  });

  const signOut: SessionBody['signOut'] =
    config.mode === 'oidc'
      ? { method: 'POST', url: SIGN_OUT_PATH }
      : config.mode === 'header' && config.signOutUrl !== null
        ? { method: 'GET', url: config.signOutUrl }
        : null;

  const oidc = config.mode === 'oidc' ? createOidcParts(config, now) : null;

  const identify: Access['identify'] = async (req, res) => {
    if (config.mode === 'none') return { kind: 'allowed', principal: { kind: 'open' } };
    if (config.mode === 'header') {
      const identity = readHeaderIdentity(req, config);
      if (identity.kind !== 'user') {
        return {
          kind: 'refused',
          status: 401,
          message:
            identity.kind === 'untrusted'
              ? 'This request did not come through the company’s sign-in proxy.'
              : 'The sign-in proxy did not say who you are.',
        };
      }
      return roleOf({ email: identity.email, name: null });
    }
    if (oidc === null) throw new Error('AUTH_MODE=oidc without its sign-in');
    const cookies = parseCookie(req.headers.cookie ?? '');
    const token = cookies[SESSION_COOKIE];
    const session = await oidc.session.open(token);
    if (session === null) {
      // Tampered with, expired or sealed under another secret: whatever it was, it is gone.
      if (token !== undefined) res.appendHeader('set-cookie', oidc.clearSessionCookie);
      return { kind: 'refused', status: 401, message: 'Sign in to see the calls.' };
    }
    return roleOf(session);
  };

  const sendApiRefusal: Access['sendApiRefusal'] = (req, res, verdict) => {
    sendJson(req, res, verdict.status, {
      statusCode: verdict.status,
      error: STATUS_TEXT[verdict.status],
      message: verdict.message,
      ...(verdict.status === 401
        ? { signInUrl: config.mode === 'oidc' ? SIGN_IN_PATH : null }
        : {}),
      ...(verdict.email === undefined ? {} : { email: verdict.email }),
    });
  };

  const sendPageRefusal: Access['sendPageRefusal'] = (req, res, verdict) => {
    if (verdict.status === 401 && config.mode === 'oidc') {
      redirect(res, 302, signInUrl(safeReturnTo(req.url)));
      return;
    }
    if (verdict.status === 401) {
      sendPage(req, res, 401, {
        title: 'Sign-in required',
        paragraphs: [
          verdict.message,
          'This dashboard is behind your company’s sign-in. Open it through its usual address; if that is what you did, tell whoever runs the sign-in proxy that it sent no user.',
        ],
      });
      return;
    }
    sendPage(req, res, verdict.status, {
      title: verdict.status === 403 ? 'No access' : 'Access could not be checked',
      paragraphs: [verdict.message],
      ...(verdict.status === 503
        ? { link: { href: safeReturnTo(req.url), label: 'Try again' } }
        : {}),
      ...(verdict.status === 403 && config.mode === 'oidc' ? { signOutAction: SIGN_OUT_PATH } : {}),
    });
  };

  const sendSession = async (req: IncomingMessage, res: ServerResponse) => {
    if (config.mode === 'none') {
      sendJson(req, res, 200, { authMode: 'none' } satisfies SessionBody);
      return;
    }
    const verdict = await identify(req, res);
    if (verdict.kind === 'refused') {
      sendApiRefusal(req, res, verdict);
      return;
    }
    const { principal } = verdict;
    if (principal.kind === 'open') {
      sendJson(req, res, 200, { authMode: config.mode } satisfies SessionBody);
      return;
    }
    const user: SessionBody['user'] = {
      email: principal.email,
      name: principal.name,
      role: principal.kind,
      ...(principal.kind === 'rep' ? { userId: principal.userId } : {}),
    };
    sendJson(req, res, 200, { authMode: config.mode, user, signOut } satisfies SessionBody);
  };

  const handleOwnRoute: Access['handleOwnRoute'] = async (req, res) => {
    const { path, query } = requestPath(req);
    if (path === '/api/session') {
      if (req.method !== 'GET' && req.method !== 'HEAD') notAllowedMethod(res, 'GET, HEAD');
      else await sendSession(req, res);
      return true;
    }
    if (oidc === null || !path.startsWith('/auth/')) return false;
    await oidc.handleRoute(req, res, path, query);
    return true;
  };

  return { mode: config.mode, handleOwnRoute, identify, sendApiRefusal, sendPageRefusal };
}

/** The OpenID Connect half: the sign-in routes and the sealed cookies they write. */
function createOidcParts(config: OidcAuthConfig, now?: () => number) {
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
