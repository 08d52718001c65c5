/**
 * Where "Sign in again" goes: the server's sign-in, told to come back to exactly this view (the URL
 * holds all of it). `returnTo` is a path with its search, so it stays on this origin.
 */
export function signInAgainHref(signInUrl: string, returnTo: string): string {
  const separator = signInUrl.includes('?') ? '&' : '?';
  return `${signInUrl}${separator}return_to=${encodeURIComponent(returnTo)}`;
}
