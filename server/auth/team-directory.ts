import { z } from 'zod';
import type { TeamMember } from './roles.ts';

/** How long a team list decides who is a rep: a rep removed from the team loses access within it. */
export const TEAM_CACHE_MS = 5 * 60 * 1000;

const memberSchema = z.object({
  user: z.object({
    _id: z.string().min(1),
    email: z.string(),
    first_name: z.string().nullish(),
    last_name: z.string().nullish(),
  }),
});

// Documented unwrapped; one integration's fixture wraps it in `data` (contract): accept both.
const teamSchema = z.object({ users: z.array(z.unknown()) });
const teamBodySchema = z.union([teamSchema, z.object({ data: teamSchema })]);

/**
 * The members of a `GET /v1/team` body with an id and an email. A member record that does not
 * parse is skipped (that person simply is not a rep), never a reason to lock everyone out.
 */
export function parseTeamMembers(body: unknown): TeamMember[] {
  const parsed = teamBodySchema.safeParse(body);
  if (!parsed.success) throw new Error('The team list has an unexpected shape');
  const { users } = 'data' in parsed.data ? parsed.data.data : parsed.data;
  const members: TeamMember[] = [];
  for (const entry of users) {
    const member = memberSchema.safeParse(entry);
    if (!member.success || member.data.user.email.trim() === '') continue;
    const { _id, email, first_name, last_name } = member.data.user;
    const name = [first_name, last_name].filter(Boolean).join(' ');
    members.push({ userId: _id, email: email.trim(), name: name === '' ? null : name });
  }
  return members;
}

export interface TeamDirectory {
  /** The team, at most `TEAM_CACHE_MS` old. Rejects when it cannot be read and no fresh copy is held. */
  members(): Promise<readonly TeamMember[]>;
}

/**
 * Caches `readTeam` (the upstream's `/v1/team`, with the server's key) for `maxAgeMs`; concurrent
 * callers share one request. A failure is not cached: the next request tries again.
 */
export function createTeamDirectory(
  readTeam: () => Promise<unknown>,
  { maxAgeMs = TEAM_CACHE_MS, now = Date.now }: { maxAgeMs?: number; now?: () => number } = {},
): TeamDirectory {
  let cached: { members: readonly TeamMember[]; readAt: number } | undefined;
  let pending: Promise<readonly TeamMember[]> | undefined;

  return {
    members() {
      if (cached !== undefined && now() - cached.readAt < maxAgeMs) {
        return Promise.resolve(cached.members);
      }
      pending ??= (async () => {
        const startedAt = now();
        try {
          const members = parseTeamMembers(await readTeam());
          cached = { members, readAt: startedAt };
          return members;
        } finally {
          pending = undefined;
        }
      })();
      return pending;
    },
  };
}
