import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { z } from 'zod';

/**
 * Cookies sealed with jose's JWE (`dir` + A256GCM): encrypted and authenticated, so the browser can
 * neither read nor alter them, and one sealed under another secret (or for another purpose) does
 * not open. The lifetime is absolute: `exp` is fixed when the cookie is sealed, never extended.
 */
export interface SealedCookie<T> {
  seal(value: T, maxAgeSeconds: number): Promise<string>;
  /** The value, or null when the cookie is tampered with, expired, foreign or not one of ours. */
  open(token: string | undefined): Promise<T | null>;
}

// Each purpose gets its own key from the one secret: a sign-in cookie cannot be replayed as a session.
function deriveKey(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'salesfinity-call-log', purpose, 32));
}

/** Sealed tokens are a few hundred bytes; anything far larger is not ours and is not decrypted. */
const MAX_TOKEN_LENGTH = 4096;

export function createSealedCookie<T>(
  secret: string,
  purpose: string,
  schema: z.ZodType<T>,
  { now = () => Date.now() }: { now?: () => number } = {},
): SealedCookie<T> {
  const key = deriveKey(secret, purpose);
  return {
    async seal(value, maxAgeSeconds) {
      const issuedAt = Math.floor(now() / 1000);
      return new EncryptJWT({ value })
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + maxAgeSeconds)
        .setAudience(purpose)
        .encrypt(key);
    },
    async open(token) {
      if (token === undefined || token === '' || token.length > MAX_TOKEN_LENGTH) return null;
      try {
        const { payload } = await jwtDecrypt(token, key, {
          audience: purpose,
          currentDate: new Date(now()),
          keyManagementAlgorithms: ['dir'],
          contentEncryptionAlgorithms: ['A256GCM'],
          requiredClaims: ['exp', 'iat'],
        });
        const parsed = schema.safeParse(payload.value);
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}
