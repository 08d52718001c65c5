import { describe, expect, it } from 'vitest';
import { TEAM_CACHE_MS, createTeamDirectory, parseTeamMembers } from './team-directory.ts';

const team = (emails: string[]) => ({
  _id: 't',
  name: 'Sales',
  users: emails.map((email, index) => ({
    user: { _id: `u${index}`, email, first_name: 'Rep', last_name: String(index) },
    status: 'active',
  })),
});

describe('parseTeamMembers', () => {
  it('reads the documented shape and the wrapped one', () => {
    const expected = [{ userId: 'u0', email: 'a@example.com', name: 'Rep 0' }];
    expect(parseTeamMembers(team(['a@example.com']))).toEqual(expected);
    expect(parseTeamMembers({ data: team(['a@example.com']) })).toEqual(expected);
  });

  it('skips a member it cannot read rather than locking everyone out', () => {
    const body = {
      users: [{ user: { _id: 'u1' } }, { nope: 1 }, ...team(['b@example.com']).users],
    };
    expect(parseTeamMembers(body).map((member) => member.email)).toEqual(['b@example.com']);
  });

  it('throws on a body that is not a team', () => {
    expect(() => parseTeamMembers({ statusCode: 500 })).toThrow('unexpected shape');
  });
});

describe('createTeamDirectory', () => {
  it('reads the team once for 5 minutes, then again: a removed rep loses access within that time', async () => {
    let clock = 0;
    let reads = 0;
    let current = team(['a@example.com', 'b@example.com']);
    const directory = createTeamDirectory(
      () => {
        reads += 1;
        return Promise.resolve(current);
      },
      { now: () => clock },
    );
    expect(TEAM_CACHE_MS).toBe(300_000);
    expect((await directory.members()).length).toBe(2);
    current = team(['a@example.com']);
    clock = TEAM_CACHE_MS - 1;
    expect((await directory.members()).length).toBe(2);
    expect(reads).toBe(1);
    clock = TEAM_CACHE_MS;
    expect((await directory.members()).map((member) => member.email)).toEqual(['a@example.com']);
    expect(reads).toBe(2);
  });

  it('shares one read between concurrent callers, and does not keep a failure', async () => {
    let reads = 0;
    let fail = true;
    const directory = createTeamDirectory(() => {
      reads += 1;
      return fail ? Promise.reject(new Error('down')) : Promise.resolve(team(['a@example.com']));
    });
    await expect(Promise.all([directory.members(), directory.members()])).rejects.toThrow('down');
    expect(reads).toBe(1);
    fail = false;
    expect((await directory.members()).length).toBe(1);
    expect(reads).toBe(2);
  });
});
