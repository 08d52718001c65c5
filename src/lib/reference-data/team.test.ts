import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { parseTeam } from './team';

const documentedTeam = {
  _id: 't1',
  name: 'Sales',
  users: [
    {
      user: { _id: 'u1', email: 'jane@example.com', first_name: 'Jane', last_name: 'Smith' },
      status: 'active',
      license: 'pro',
    },
    {
      user: { _id: 'u2', email: 'sam@example.com', first_name: 'Sam', last_name: 'Lee' },
      status: 'invited',
      license: 'pro',
    },
  ],
};

const reps = [
  {
    _id: 'u1',
    email: 'jane@example.com',
    first_name: 'Jane',
    last_name: 'Smith',
    status: 'active',
  },
  { _id: 'u2', email: 'sam@example.com', first_name: 'Sam', last_name: 'Lee', status: 'invited' },
];

describe('parseTeam', () => {
  it('flattens the documented, unwrapped team into reps', () => {
    expect(parseTeam(documentedTeam)).toEqual({ _id: 't1', name: 'Sales', reps });
  });

  it('accepts the team wrapped in data', () => {
    expect(parseTeam({ data: documentedTeam })).toEqual({ _id: 't1', name: 'Sales', reps });
  });

  it('drops members without a user id, keeps gaps in the others', () => {
    const team = parseTeam({
      users: [
        { user: { _id: 'u1', first_name: 42 }, status: null },
        { user: { email: 'no-id@example.com' }, status: 'active' },
        { status: 'active' },
        'u3',
        { user: { _id: 'u1', first_name: 'Repeat' } },
      ],
    });
    expect(team).toEqual({ reps: [{ _id: 'u1' }] });
  });

  it.each([[{}], [{ users: 'all' }], [{ data: { users: null } }], [[]], [null]])(
    'throws malformed for %j',
    (body) => {
      expect(() => parseTeam(body)).toThrow(ApiError);
    },
  );
});
