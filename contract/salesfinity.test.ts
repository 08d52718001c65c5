import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSITIONS, READABLE_ENDPOINTS } from './salesfinity';

describe('contract constants', () => {
  it('lists the 14 default dispositions with ids 1 to 14 in order', () => {
    expect(DEFAULT_DISPOSITIONS.map((d) => d.id)).toEqual(
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
  });
  it('never allowlists a path with traversal or a leading slash', () => {
    for (const endpoint of READABLE_ENDPOINTS) {
      expect(endpoint).not.toMatch(/\.\.|^\/|\/\//);
    }
  });
});
