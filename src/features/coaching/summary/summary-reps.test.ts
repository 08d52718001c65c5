import { describe, expect, it } from 'vitest';
import type { Rep } from '@/lib/reference-data/team';
import { summaryReps } from './summary-reps';

const rep = (id: string, first?: string, last?: string, email?: string): Rep => ({
  _id: id,
  first_name: first,
  last_name: last,
  email,
  status: 'active',
});

const TEAM = [
  rep('u3', 'zoe', 'Adams'),
  rep('u1', 'Ana', 'Lee'),
  rep('u2', undefined, undefined, 'bo@example.com'),
  rep('u4'),
];

describe('summaryReps', () => {
  it('lists a manager’s whole team by name, case aside', () => {
    expect(summaryReps({}, TEAM, null)).toEqual([
      { id: 'u1', name: 'Ana Lee' },
      { id: 'u2', name: 'bo@example.com' },
      { id: 'u4', name: 'Unnamed rep (id u4)' },
      { id: 'u3', name: 'zoe Adams' },
    ]);
  });

  it('with a rep filter lists only that rep, known or not', () => {
    expect(summaryReps({ user_id: 'u1' }, TEAM, null)).toEqual([{ id: 'u1', name: 'Ana Lee' }]);
    expect(summaryReps({ user_id: 'u9' }, TEAM, null)).toEqual([
      { id: 'u9', name: 'Unknown rep (id u9)' },
    ]);
    // No need to wait for the team: the id stands in for the name meanwhile.
    expect(summaryReps({ user_id: 'u1' }, undefined, null)).toEqual([{ id: 'u1', name: 'id u1' }]);
  });

  it('a signed-in rep sees only themselves, whatever the filters say', () => {
    const user = { email: 'ana@example.com', name: 'Ana L.', role: 'rep', userId: 'u1' } as const;
    expect(summaryReps({ user_id: 'u3' }, TEAM, user)).toEqual([{ id: 'u1', name: 'Ana Lee' }]);
    expect(summaryReps({}, undefined, user)).toEqual([{ id: 'u1', name: 'Ana L.' }]);
  });

  it('waits for the team when it lists the team', () => {
    expect(summaryReps({}, undefined, null)).toBeUndefined();
    const manager = { email: 'm@example.com', name: null, role: 'manager' } as const;
    expect(summaryReps({}, TEAM, manager)).toHaveLength(4);
  });
});
