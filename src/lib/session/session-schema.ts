import { z } from 'zod/mini';
import { lenient, nonBlankString } from '@/lib/lenient-schema';

/**
 * What the server says about who is signed in (`GET /api/session`), and the answers any `/api/*`
 * request gets once the session is over. Read leniently: a body that does not fit is "unknown" and
 * the app behaves as it does without sign-in; it never throws.
 */

export type AuthMode = 'none' | 'oidc' | 'header';
export type Role = 'manager' | 'rep';

export interface SignOut {
  method: 'POST' | 'GET';
  url: string;
}

export type SessionUser =
  | { email: string; name: string | null; role: 'manager' }
  | {
      email: string;
      name: string | null;
      role: 'rep';
      /** The rep's `/v1/team` `_id`. */ userId: string;
    };

export type Session =
  | { authMode: 'none' }
  | { authMode: 'oidc' | 'header'; user: SessionUser; signOut: SignOut | null }
  /** A body the app cannot read: show no user, change nothing. */
  | { authMode: 'unknown' };

export const UNKNOWN_SESSION: Session = Object.freeze({ authMode: 'unknown' });

/** A path on this origin: `/auth/login`, never `//elsewhere` or `/\elsewhere` (browsers read both as a host). */
export function isSameOriginPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
}

/** Where a link or a form may send the browser: a path here, or an absolute http(s) URL (an IdP's). */
function isNavigableUrl(value: string): boolean {
  if (isSameOriginPath(value)) return true;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

const signOutSchema = z.object({
  method: z.enum(['POST', 'GET']),
  url: z.string().check(z.refine(isNavigableUrl)),
});

// A missing or unreadable name is no name: the email stands in for it.
const name = z.pipe(
  lenient(nonBlankString),
  z.transform((value) => value ?? null),
);

const userSchema = z.discriminatedUnion('role', [
  z.object({ email: nonBlankString, name, role: z.literal('manager') }),
  z.object({ email: nonBlankString, name, role: z.literal('rep'), userId: nonBlankString }),
]);

const sessionSchema = z.discriminatedUnion('authMode', [
  z.object({ authMode: z.literal('none') }),
  z.object({
    authMode: z.enum(['oidc', 'header']),
    user: userSchema,
    // Without a usable sign-out the header just offers none; who is signed in still counts.
    signOut: z.catch(z.nullable(signOutSchema), null),
  }),
]);

/** The session payload, or UNKNOWN_SESSION for anything else. */
export function parseSession(body: unknown): Session {
  const result = sessionSchema.safeParse(body);
  if (!result.success) return UNKNOWN_SESSION;
  const session = result.data;
  if (session.authMode === 'none') return { authMode: 'none' };
  return { authMode: session.authMode, user: session.user, signOut: session.signOut };
}

/** What a 401 from the proxy says once the session has ended. */
export interface SessionEnded {
  /** Where to sign in again (`/auth/login`); null when sign-in happens outside the app (header mode). */
  signInUrl: string | null;
}

const sessionEndedSchema = z.object({
  // The field the upstream's own 401 (a rejected API key) never has: it tells the two apart.
  signInUrl: z.catch(
    z.nullable(z.string().check(z.refine(isSameOriginPath))),
    // A sign-in address that is not ours is not followed: the user is told to reload instead.
    null,
  ),
});

/** The 401 body of an ended session, or undefined when a 401 body is something else. */
export function parseSessionEnded(body: unknown): SessionEnded | undefined {
  if (typeof body !== 'object' || body === null || !('signInUrl' in body)) return undefined;
  const result = sessionEndedSchema.safeParse(body);
  return result.success ? { signInUrl: result.data.signInUrl } : undefined;
}

const noAccessSchema = z.object({ email: nonBlankString });

/** True for the proxy's 403: signed in (it names the email), but neither manager nor rep. */
export function isNoAccessBody(body: unknown): boolean {
  return noAccessSchema.safeParse(body).success;
}
