import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { CallsIgnoredParamsNotice } from './ignored-params-notice';
import { renderWithCallsUrl } from './testing/render-with-calls-url';

describe('CallsIgnoredParamsNotice', () => {
  test('a canonical URL shows no notice', () => {
    renderWithCallsUrl(<CallsIgnoredParamsNotice />, {
      url: '/?limit=25&filters[outcome]=answered',
    });
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('says what was ignored and why; dismissing canonicalises the URL in place', async () => {
    const user = userEvent.setup();
    const { search, historyAction } = renderWithCallsUrl(<CallsIgnoredParamsNotice />, {
      url: '/?limit=500&filters[outcome]=maybe&filters[direction]=inbound&utm=x',
    });
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('Part of this link could not be used');
    expect(notice.textContent).toContain(
      'Ignored 3 parts of the link: limit=500 (“limit” must be a whole number from 1 to 100); ' +
        'filters[outcome]=maybe (“filters[outcome]” must be answered, no-answer or cancelled); ' +
        'utm=x (unknown parameter).',
    );

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => {
      expect(search()).toBe('filters[direction]=inbound');
    });
    expect(historyAction()).toBe('REPLACE');
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('tells a rep that the link’s rep filter was not applied, and why; dismissing drops it', async () => {
    const user = userEvent.setup();
    const { search } = renderWithCallsUrl(<CallsIgnoredParamsNotice />, {
      url: '/?filters[outcome]=answered&filters[user_ids][]=u2',
      role: 'rep',
    });
    expect(screen.getByRole('status').textContent).toContain(
      'Ignored one part of the link: filters[user_ids][]=u2 ' +
        '(the rep filter was not applied: you see only your own calls).',
    );

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => {
      expect(search()).toBe('filters[outcome]=answered');
    });
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('a manager’s rep filter applies: nothing to say', () => {
    renderWithCallsUrl(<CallsIgnoredParamsNotice />, {
      url: '/?filters[user_ids][]=u2',
      role: 'manager',
    });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
