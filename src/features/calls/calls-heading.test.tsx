import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Role } from '@/lib/session/session-schema';
import { CallsHeading } from './calls-heading';
import { renderWithCallsUrl } from './filters/testing/render-with-calls-url';

describe('CallsHeading', () => {
  test.each<[Role | undefined, string]>([
    ['rep', 'Your calls'],
    ['manager', 'Call log'],
    [undefined, 'Call log'],
  ])('a %s sees “%s”', (role, title) => {
    renderWithCallsUrl(<CallsHeading id="calls-heading" />, { role });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
  });
});
