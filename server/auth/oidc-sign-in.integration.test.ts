import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAppServer } from '../app-server.ts';
import { startBackend } from '../backend.ts';
import type { Backend } from '../backend.ts';
import { createBrowserLikeClient } from '../test-support/browser-like-client.ts';
import type { BrowserLikeClient, Hop } from '../test-support/browser-like-client.ts';
import { closeServer, listen } from '../test-support/http-client.ts';
import { startOidcTestProvider } from '../test-support/oidc-test-provider.ts';
import type { OidcTestProvider } from '../test-support/oidc-test-provider.ts';
import { createTempDist } from '../test-support/temp-dist.ts';
import { createAccess } from './access.ts';
import { SESSION_COOKIE, SIGN_IN_COOKIE } from './oidc-routes.ts';
import { resolveAuthConfig } from './auth-config.ts';
import { parseTeamMembers, createTeamDirectory } from './team-directory.ts';
import type { TeamMember } from './roles.ts';
import { createSealedCookie } from './sealed-cookie.ts';

// The whole OpenID Connect sign-in against a real provider (oidc-provider), through the production
// server: redirect, sign-in form, consent, callback, session cookie, roles, sign-out.
const SESSION_SECRET = 'an-example-session-secret-of-forty-characters';
const MANAGER = 'maria.manager@example.com';

let provider: OidcTestProvider;
let backend: Backend;
let dist: ReturnType<typeof createTempDist>;
let outer: Server;
let app: Server;
let base: string;
let rep: TeamMember;
let otherRep: TeamMember;

beforeAll(async () => {
  // The app's address goes into the provider's client registration, so it listens first.
  outer = createServer((req, res) => {
    app.emit('request', req, res);
  });
  base = (await listen(outer)).url;
  provider = await startOidcTestProvider({ redirectUris: [`${base}/auth/callback`] });
  backend = await startBackend({ SIMULATOR_CALLS: '400', SIMULATOR_SEED: '7' }, { log: () => {} });
  const members = parseTeamMembers(await backend.readTeam());
  rep = must(members[0], 'a team member');
  otherRep = must(members[1], 'a second team member');
  const config = resolveAuthConfig(
    {
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      PUBLIC_URL: base,
      SESSION_SECRET,
      MANAGER_EMAILS: `${MANAGER},entra.maria@example.com`,
    },
    '127.0.0.1',
  );
  dist = createTempDist();
  app = createAppServer({
    distDir: dist.dir,
    backend,
    access: createAccess(config, { team: createTeamDirectory(() => backend.readTeam()) }),
  });
}, 30_000);

afterAll(async () => {
  await closeServer(outer);
  await provider.close();
  await backend.close();
  dist.remove();
});

/** The value, or the test fails here saying what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}

const last = (hops: Hop[]): Hop => must(hops.at(-1), 'a last hop');

/** From a page load without a session to the landing page, signing in as `login` at the provider. */
async function signIn(browser: BrowserLikeClient, login: string, path = '/'): Promise<Hop[]> {
  const toForm = await browser.follow(`${base}${path}`);
  const form = last(toForm);
  expect(form.url.startsWith(provider.issuer)).toBe(true);
  const toConsent = await browser.submitForm(form, { login, password: 'any' });
  const consent = last(toConsent);
  if (!consent.url.startsWith(provider.issuer)) return [...toForm, ...toConsent];
  return [...toForm, ...toConsent, ...(await browser.submitForm(consent))];
}

const sessionSchema = z.object({
  authMode: z.literal('oidc'),
  user: z.object({
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(['manager', 'rep']),
    userId: z.string().optional(),
  }),
  signOut: z.object({ method: z.literal('POST'), url: z.literal('/auth/logout') }),
});

async function session(browser: BrowserLikeClient) {
  const hop = await browser.request(`${base}/api/session`);
  const body: unknown = JSON.parse(hop.body);
  return { status: hop.status, body };
}

describe('OpenID Connect sign-in', () => {
  it('sends a page load to the provider, signs in, and lands where it started, with a session', async () => {
    const browser = createBrowserLikeClient();
    const hops = await signIn(browser, MANAGER, '/team?period=7d');
    // page → /auth/login?return_to=… → the provider's authorization endpoint with PKCE.
    expect(hops[0]?.status).toBe(302);
    expect(hops[0]?.location).toBe(`${base}/auth/login?return_to=%2Fteam%3Fperiod%3D7d`);
    const authorize = new URL(must(hops[1]?.location, 'the redirect to the provider'));
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${base}/auth/callback`);
    for (const name of ['state', 'nonce', 'code_challenge']) {
      expect(authorize.searchParams.get(name)).toMatch(/^[\w-]{22,}$/);
    }

    const callback = must(
      hops.find((hop) => hop.url.startsWith(`${base}/auth/callback`)),
      'the callback',
    );
    expect(callback.status).toBe(303);
    expect(callback.location).toBe(`${base}/team?period=7d`);
    const setCookies = callback.headers.getSetCookie();
    const sessionCookie = must(
      setCookies.find((line) => line.startsWith(`${SESSION_COOKIE}=`)),
      'the session cookie',
    );
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    expect(sessionCookie).toMatch(/Max-Age=43200/);
    expect(sessionCookie).not.toMatch(/Secure/i); // http PUBLIC_URL
    expect(browser.cookies.has(SIGN_IN_COOKIE)).toBe(false);
    expect(last(hops).status).toBe(200);
    expect(last(hops).body).toContain('<div id="root">');

    const answer = await session(browser);
    expect(answer.status).toBe(200);
    expect(sessionSchema.parse(answer.body).user).toEqual({
      email: MANAGER,
      name: 'Maria Manager',
      role: 'manager',
    });
    const calls = await browser.request(`${base}/api/v1/call-log?limit=5`);
    expect(calls.status).toBe(200);
  });

  it('serves no call data and no app page before sign-in', async () => {
    const browser = createBrowserLikeClient();
    for (const path of ['/api/v1/call-log', '/api/v1/team', '/api/mode', '/api/session']) {
      const hop = await browser.request(`${base}${path}`, {
        headers: { accept: 'application/json' },
      });
      expect(hop.status, path).toBe(401);
      expect(JSON.parse(hop.body), path).toMatchObject({
        statusCode: 401,
        signInUrl: '/auth/login',
      });
      expect(hop.body).not.toContain('"data"');
    }
    const page = await browser.request(`${base}/`);
    expect(page.status).toBe(302);
    expect(page.body).toBe('');
  });

  it('makes a team member a rep who reads only their own calls, whatever the link asked for', async () => {
    const browser = createBrowserLikeClient();
    await signIn(browser, rep.email.toUpperCase());
    const answer = sessionSchema.parse((await session(browser)).body);
    expect(answer.user).toMatchObject({ role: 'rep', userId: rep.userId });

    const asked = await browser.request(
      `${base}/api/v1/call-log?limit=100&filters%5Buser_ids%5D%5B%5D=${otherRep.userId}`,
    );
    const calls = z
      .object({ data: z.array(z.object({ user: z.object({ _id: z.string() }) })) })
      .parse(JSON.parse(asked.body));
    expect(calls.data.length).toBeGreaterThan(0);
    expect(new Set(calls.data.map((call) => call.user._id))).toEqual(new Set([rep.userId]));
  });

  it('refuses a signed-in stranger with a page that names them and whom to ask', async () => {
    const browser = createBrowserLikeClient();
    const hops = await signIn(browser, 'stranger@example.org');
    expect(last(hops).status).toBe(403);
    expect(last(hops).body).toContain('stranger@example.org');
    expect(last(hops).body).toContain('MANAGER_EMAILS');
    expect(last(hops).body).toContain('action="/auth/logout"');
    const answer = await session(browser);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ statusCode: 403, email: 'stranger@example.org' });
    expect((await browser.request(`${base}/api/v1/call-log`)).status).toBe(403);
  });

  it('refuses an email the provider has not verified', async () => {
    const browser = createBrowserLikeClient();
    const hops = await signIn(browser, 'unverified.maria@example.com');
    expect(last(hops).status).toBe(403);
    expect(last(hops).body).toContain('verified email');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it("accepts Entra ID's verified-domain claim where email_verified is missing", async () => {
    const browser = createBrowserLikeClient();
    const hops = await signIn(browser, 'entra.maria@example.com');
    expect(last(hops).status).toBe(200);
    expect(sessionSchema.parse((await session(browser)).body).user).toMatchObject({
      email: 'entra.maria@example.com',
      role: 'manager',
    });
  });

  it('refuses a callback whose state is not the one this browser sent', async () => {
    const browser = createBrowserLikeClient();
    const toForm = await browser.follow(`${base}/`);
    const afterLogin = await browser.submitForm(last(toForm), { login: MANAGER, password: 'x' });
    // Stop at the provider's redirect to the callback, and change the state on the way.
    const consent = last(afterLogin);
    const hops = consent.url.startsWith(provider.issuer)
      ? await submitWithoutFollowingCallback(browser, consent)
      : afterLogin;
    const toCallback = must(
      hops.find((hop) => hop.location?.startsWith(`${base}/auth/callback`)),
      'the redirect to the callback',
    );
    const tampered = new URL(must(toCallback.location, 'its location'));
    tampered.searchParams.set('state', 'a-state-this-browser-never-sent');
    const answer = await browser.request(tampered.href);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('could not be verified');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses an ID token whose nonce is not the one this browser sent', async () => {
    const browser = createBrowserLikeClient();
    const start = await browser.request(`${base}/auth/login`);
    const authorize = new URL(must(start.location, 'the redirect to the provider'));
    authorize.searchParams.set('nonce', 'a-nonce-of-somebody-else-entirely');
    const toForm = await browser.follow(authorize.href);
    const afterLogin = await browser.submitForm(last(toForm), { login: MANAGER, password: 'x' });
    const final = last(afterLogin).url.startsWith(provider.issuer)
      ? last(await browser.submitForm(last(afterLogin)))
      : last(afterLogin);
    expect(final.status).toBe(400);
    expect(final.body).toContain('could not be verified');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('signs out with a POST from this site, and refuses one from elsewhere', async () => {
    const browser = createBrowserLikeClient();
    await signIn(browser, MANAGER);
    for (const headers of [
      { origin: 'https://evil.example' } as Record<string, string>,
      { 'sec-fetch-site': 'cross-site', origin: 'null' },
      { 'sec-fetch-site': 'same-site', origin: 'https://other.example.com' },
    ]) {
      const foreign = await browser.request(`${base}/auth/logout`, { method: 'POST', headers });
      expect(foreign.status, JSON.stringify(headers)).toBe(403);
      expect((await session(browser)).status).toBe(200);
    }

    expect((await browser.request(`${base}/auth/logout`)).status).toBe(405);
    // As Chromium sends the header's form: no-referrer makes Origin "null".
    const signOut = await browser.follow(`${base}/auth/logout`, {
      method: 'POST',
      headers: { origin: 'null', 'sec-fetch-site': 'same-origin' },
    });
    expect(signOut[0]?.status).toBe(303);
    expect(signOut[0]?.location).toBe(`${base}/auth/signed-out`);
    expect(last(signOut).body).toContain('Sign in again');
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await session(browser)).status).toBe(401);
  });

  it.each([
    ['tampered with', (token: string) => Promise.resolve(`${token.slice(0, -4)}AAAA`)],
    [
      'sealed under another secret',
      async () =>
        createSealedCookie('another-secret-of-at-least-32-chars!!', 'session', z.unknown()).seal(
          { email: MANAGER, name: null },
          3600,
        ),
    ],
    [
      'expired',
      async () =>
        createSealedCookie(SESSION_SECRET, 'session', z.unknown(), {
          now: () => Date.now() - 13 * 3600 * 1000,
        }).seal({ email: MANAGER, name: null }, 12 * 3600),
    ],
    [
      'a sign-in cookie passed off as a session',
      async () =>
        createSealedCookie(SESSION_SECRET, 'sign-in', z.unknown()).seal(
          { email: MANAGER, name: null },
          3600,
        ),
    ],
  ])('signs out a session cookie %s', async (_case, forge) => {
    const browser = createBrowserLikeClient();
    await signIn(browser, MANAGER);
    browser.cookies.set(
      SESSION_COOKIE,
      await forge(must(browser.cookies.get(SESSION_COOKIE), 'the session cookie')),
    );
    const answer = await browser.request(`${base}/api/session`);
    expect(answer.status).toBe(401);
    expect(
      answer.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=;`)),
    ).toBe(true);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('returns only to a path on this site', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const hops = await signIn(
        createBrowserLikeClient(),
        MANAGER,
        `/auth/login?return_to=${encodeURIComponent(returnTo)}`,
      );
      const callback = must(
        hops.find((hop) => hop.url.startsWith(`${base}/auth/callback`)),
        'the callback',
      );
      expect(callback.location, returnTo).toBe(`${base}/`);
    }
  });
});

/** Submits the consent form but stops before the browser would reach the dashboard's callback. */
async function submitWithoutFollowingCallback(
  browser: BrowserLikeClient,
  consent: Hop,
): Promise<Hop[]> {
  const form = /<form[^>]*action="([^"]*)"/i.exec(consent.body);
  const body = new URLSearchParams({ prompt: 'consent' });
  const hops: Hop[] = [];
  let hop = await browser.request(new URL(must(form?.[1], 'the consent form'), consent.url).href, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  hops.push(hop);
  while (hop.location !== null && !hop.location.startsWith(`${base}/auth/callback`)) {
    hop = await browser.request(hop.location);
    hops.push(hop);
  }
  return hops;
}
