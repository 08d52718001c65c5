import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie } from 'cookie';
import type { AuthConfig } from './auth-config.ts';
import { notAllowedMethod, redirect, sendJson, sendPage } from './auth-responses.ts';
import { readHeaderIdentity } from './header-identity.ts';
import { safeReturnTo } from './oidc-sign-in.ts';
import type { SignedInIdentity } from './oidc-sign-in.ts';
import {
  SESSION_COOKIE,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  createOidcRoutes,
  signInUrl,
} from './oidc-routes.ts';
import { decideRole, emailDomain, parseManagerEmails } from './roles.ts';
import type { Principal, TeamMember } from './roles.ts';
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
const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 503: 'Service Unavailable' } as const;

function requestPath(req: IncomingMessage): { path: string; query: string } {
  const target = req.url ?? '/';
  const queryStart = target.indexOf('?');
  return queryStart === -1
    ? { path: target, query: '' }
    : { path: target.slice(0, queryStart), query: target.slice(queryStart + 1) };
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
  managers: parseManagerEmails(undefined),
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

  const oidc = config.mode === 'oidc' ? createOidcRoutes(config, now) : null;

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
      // Signed in as the wrong person: the way to sign in as someone else.
      ...(verdict.status === 403 && signOut?.method === 'POST'
        ? { signOutAction: signOut.url }
        : {}),
      ...(verdict.status === 403 && signOut?.method === 'GET'
        ? { link: { href: signOut.url, label: 'Sign out' } }
        : {}),
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
