import { z } from 'zod/mini';
import { ApiError, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { idString, lenient, nonBlankString, parseEach, uniqueBy } from '@/lib/lenient-schema';

const text = lenient(z.string());

const memberSchema = z.object({
  // A member without a user id cannot be a filter value (`filters[user_ids][]`).
  user: z.object({
    _id: idString,
    first_name: text,
    last_name: text,
    email: text,
  }),
  // Kept as received ("active", or whatever else the service says).
  status: lenient(nonBlankString),
});

/** A rep: the team member's user, flattened, with the membership status. */
export const repSchema = z.pipe(
  memberSchema,
  z.transform(({ user, status }: z.output<typeof memberSchema>) => ({ ...user, status })),
);

export type Rep = z.output<typeof repSchema>;

export interface Team {
  _id?: string;
  name?: string;
  reps: Rep[];
}

const teamSchema = z.object({
  _id: text,
  name: text,
  users: z.array(z.unknown()),
});

const wrappedTeamSchema = z.object({ data: teamSchema });

/** Documented unwrapped; one integration's fixture wraps it in `data`: both are accepted. */
export function parseTeam(body: unknown): Team {
  const bare = teamSchema.safeParse(body);
  const wrapped = bare.success ? undefined : wrappedTeamSchema.safeParse(body);
  const team = bare.success ? bare.data : wrapped?.success ? wrapped.data.data : undefined;
  if (!team) {
    throw new ApiError({ kind: 'malformed', detail: 'The team response has no "users" list.' });
  }
  const reps = uniqueBy(parseEach(repSchema, team.users).valid, (rep) => rep._id);
  return { _id: team._id, name: team.name, reps };
}

export async function fetchTeam(signal?: AbortSignal, get: ApiGet = apiGet): Promise<Team> {
  return parseTeam(await get('v1/team', undefined, { signal }));
}
