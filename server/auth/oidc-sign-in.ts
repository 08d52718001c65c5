import * as client from 'openid-client';
import { z } from 'zod';
import type { OidcAuthConfig } from './auth-config.ts';
import { isLoopbackHost } from './auth-config.ts';
import { emailDomain, normalizeEmail } from './roles.ts';

/** What a completed sign-in establishes: a verified email and a display name. */
export interface SignedInIdentity {
  email: string;
  name: string | null;
}

/** The sign-in in progress, kept in a sealed cookie between the redirect and the callback. */
export const signInTransactionSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(1),
  returnTo: z.string(),
});
export type SignInTransaction = z.infer<typeof signInTransactionSchema>;

/** A sign-in that cannot complete; `message` is shown to the person, never a token or secret. */
export class SignInError extends Error {
  override name = 'SignInError';
  constructor(
    readonly status: 400 | 403 | 502,
    message: string,
  ) {
    super(message);
  }
}

export const CALLBACK_PATH = '/auth/callback';
const DISCOVERY_TIMEOUT_SECONDS = 10;

/** Only a path on this site: `//host`, `/\host` and absolute URLs would send the browser away. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex -- a control character in a return path is refused.
  if (/[\u0000-\u001f\u007f]/.test(value) || value.startsWith('/auth/')) return '/';
  return value;
}

const emailClaimsSchema = z.object({
  email: z.string().optional(),
  email_verified: z.union([z.boolean(), z.literal('true'), z.literal('false')]).optional(),
  // Microsoft Entra ID sends no email_verified; its optional claim `xms_edov` says the email's
  // domain is verified by the tenant that owns it.
  xms_edov: z
    .union([z.boolean(), z.literal('true'), z.literal('false'), z.literal(1), z.literal(0)])
    .optional(),
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
});

function readIdentity(claims: unknown): {
  email: string | null;
  verified: boolean;
  name: string | null;
} {
  const parsed = emailClaimsSchema.safeParse(claims);
  if (!parsed.success) return { email: null, verified: false, name: null };
  const { email, email_verified, xms_edov, name, given_name, family_name } = parsed.data;
  const fullName = name ?? ([given_name, family_name].filter(Boolean).join(' ') || null);
  return {
    email: email === undefined ? null : normalizeEmail(email),
    // Some providers send the string "true"; nothing else counts as verified.
    verified:
      email_verified === true ||
      email_verified === 'true' ||
      xms_edov === true ||
      xms_edov === 'true' ||
      xms_edov === 1,
    name: fullName,
  };
}

/**
 * Sign-in with any OpenID Connect provider through `openid-client`: authorization code with PKCE
 * (S256), state and nonce checked, the ID token verified by the library (signature, issuer,
 * audience, expiry with its 30 s clock tolerance). Only a verified email is accepted.
 */
export function createOidcSignIn(config: OidcAuthConfig) {
  const redirectUri = new URL(CALLBACK_PATH, config.publicUrl).href;
  let discovered: Promise<client.Configuration> | undefined;

  // Discovered on first use, not at start: the dashboard starts while the provider is down, and a
  // failed discovery is tried again by the next sign-in.
  const configuration = () => {
    discovered ??= client
      .discovery(
        config.issuer,
        config.clientId,
        { redirect_uris: [redirectUri], response_types: ['code'] },
        client.ClientSecretPost(config.clientSecret),
        {
          timeout: DISCOVERY_TIMEOUT_SECONDS,
          // Plain http only for a provider on this machine; auth-config refuses it anywhere else.
          execute:
            config.issuer.protocol === 'http:' && isLoopbackHost(config.issuer.hostname)
              ? // eslint-disable-next-line @typescript-eslint/no-deprecated -- loopback http only, see above.
                [client.allowInsecureRequests]
              : [],
        },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  const unreachable = () =>
    new SignInError(502, 'The identity provider could not be reached. Try again in a moment.');

  return {
    async start(returnTo: string): Promise<{ url: URL; transaction: SignInTransaction }> {
      const oidc = await configuration().catch(() => {
        throw unreachable();
      });
      const codeVerifier = client.randomPKCECodeVerifier();
      const transaction: SignInTransaction = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier,
        returnTo: safeReturnTo(returnTo),
      };
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      return { url, transaction };
    },

    /** Completes the sign-in from the callback's query string; throws a SignInError otherwise. */
    async finish(callbackQuery: string, transaction: SignInTransaction): Promise<SignedInIdentity> {
      const oidc = await configuration().catch(() => {
        throw unreachable();
      });
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = callbackQuery;
      if (callbackUrl.searchParams.has('error')) {
        throw new SignInError(403, 'The identity provider did not sign you in.');
      }
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(oidc, callbackUrl, {
          pkceCodeVerifier: transaction.codeVerifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        // State or nonce mismatch, a bad or replayed code, an ID token that does not verify.
        if (
          error instanceof client.ClientError ||
          error instanceof client.ResponseBodyError ||
          error instanceof client.AuthorizationResponseError
        ) {
          throw new SignInError(400, 'The sign-in could not be verified. Start it again.');
        }
        throw unreachable();
      }
      const claims = tokens.claims();
      let identity = readIdentity(claims);
      // Many providers put the email only in userinfo (stack notes): ask there when the ID token lacks it.
      if ((identity.email === null || !identity.verified) && claims !== undefined) {
        const userInfo = await client
          .fetchUserInfo(oidc, tokens.access_token, claims.sub)
          .catch(() => {
            throw unreachable();
          });
        const fromUserInfo = readIdentity(userInfo);
        identity = { ...fromUserInfo, name: fromUserInfo.name ?? identity.name };
      }
      if (identity.email === null || !identity.verified) {
        throw new SignInError(
          403,
          'Your identity provider did not confirm a verified email address, so you cannot be signed in.',
        );
      }
      if (
        config.allowedDomains.length > 0 &&
        !config.allowedDomains.includes(emailDomain(identity.email))
      ) {
        throw new SignInError(
          403,
          `${identity.email} is not an address of a domain this dashboard accepts.`,
        );
      }
      return { email: identity.email, name: identity.name };
    },
  };
}

export type OidcSignIn = ReturnType<typeof createOidcSignIn>;
