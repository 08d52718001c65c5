import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/session/session-schema';
import { toSessionView } from '@/lib/session/use-session';
import { describeIgnored } from '@/lib/url-state/describe-ignored';
import { parseCallsView, toCallLogQuery, toCallLogSearchParams } from './calls-view-params';
import { OWN_CALLS_ONLY_REASON, scopeCallsView } from './calls-view-scope';

const LINK = '?filters[outcome]=answered&filters[user_ids][]=u2&filters[user_ids][]=u1&limit=9x';

const requestOf = (search: string, role: Role | undefined) => {
  const { view } = scopeCallsView(parseCallsView(search), role);
  return toCallLogSearchParams(toCallLogQuery(view));
};

describe('scopeCallsView', () => {
  it('drops a rep filter from a rep’s link and says why, after what parsing ignored', () => {
    const { view, ignored } = scopeCallsView(parseCallsView(LINK), 'rep');
    expect(view.filters).toEqual({ outcome: 'answered' });
    expect(ignored).toEqual([
      expect.objectContaining({ key: 'limit', value: '9x' }),
      { key: 'filters[user_ids][]', value: 'u1', reason: OWN_CALLS_ONLY_REASON },
      { key: 'filters[user_ids][]', value: 'u2', reason: OWN_CALLS_ONLY_REASON },
    ]);
    expect(describeIgnored(ignored)).toContain(
      'filters[user_ids][]=u1 (the rep filter was not applied: you see only your own calls)',
    );
  });

  it('a rep’s request carries no user_ids, and the rest of the view as it was', () => {
    const request = requestOf(LINK, 'rep');
    expect(request.has('filters[user_ids][]')).toBe(false);
    expect(request.get('filters[outcome]')).toBe('answered');
  });

  it.each<[string, Role | undefined]>([
    ['a manager', 'manager'],
    ['no sign-in', toSessionView({ authMode: 'none' }).role],
    ['a role not known yet', undefined],
  ])('%s keeps the rep filter, in the view and the request', (_case, role) => {
    const parsed = parseCallsView(LINK);
    expect(scopeCallsView(parsed, role)).toBe(parsed);
    expect(requestOf(LINK, role).getAll('filters[user_ids][]')).toEqual(['u1', 'u2']);
  });

  it('leaves a rep’s view without a rep filter as parsed', () => {
    const parsed = parseCallsView('?filters[outcome]=answered');
    expect(scopeCallsView(parsed, 'rep')).toBe(parsed);
  });
});
