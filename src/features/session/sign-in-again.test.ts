import { describe, expect, it } from 'vitest';
import { signInAgainHref } from './sign-in-again';

describe('signInAgainHref', () => {
  it('sends the user back to the same path and search, encoded', () => {
    expect(
      signInAgainHref('/auth/login', '/?filters[user_ids][]=u1&filters[search]=a b&page=2'),
    ).toBe(
      '/auth/login?return_to=%2F%3Ffilters%5Buser_ids%5D%5B%5D%3Du1%26filters%5Bsearch%5D%3Da%20b%26page%3D2',
    );
  });

  it('keeps a query the sign-in address already has', () => {
    expect(signInAgainHref('/auth/login?prompt=login', '/team')).toBe(
      '/auth/login?prompt=login&return_to=%2Fteam',
    );
  });
});
