import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLS_VIEW } from '@/lib/calls-view/calls-view';
import { parseCallsView } from '@/lib/calls-view/calls-view-params';
import { momentLink } from './moment-link';

describe('momentLink', () => {
  it('keeps the filters and adds the call and the second', () => {
    const view = { ...DEFAULT_CALLS_VIEW, filters: { outcome: 'answered' as const }, call: 'old' };
    const link = momentLink({ origin: 'https://app.test', pathname: '/' }, view, 'abc123', 83.9);
    const url = new URL(link);
    expect(url.origin).toBe('https://app.test');
    const parsed = parseCallsView(url.search).view;
    expect(parsed).toMatchObject({ call: 'abc123', t: 83, filters: { outcome: 'answered' } });
  });
});
