import type { ScoredCallFilters } from '@/lib/scored-calls/scored-calls-query';
import { repDisplayName, repLabel, unnamedLabel } from '@/lib/reference-data/filter-labels';
import type { Rep } from '@/lib/reference-data/team';
import type { SessionUser } from '@/lib/session/session-schema';

/** A rep as the summary lists them. */
export interface SummaryRep {
  id: string;
  name: string;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const nameOf = (rep: Rep) => repDisplayName(rep) ?? unnamedLabel('rep', rep._id);

/**
 * Whose counts the summary shows, in order: a signed-in rep only themselves (the proxy lets them
 * read nothing else); with a rep filter only that rep; else the team by name. Undefined while the
 * team it needs is not known yet.
 */
export function summaryReps(
  filters: ScoredCallFilters,
  team: readonly Rep[] | undefined,
  user: SessionUser | null,
): SummaryRep[] | undefined {
  if (user?.role === 'rep') {
    const own = team?.find((rep) => rep._id === user.userId);
    return [{ id: user.userId, name: own ? nameOf(own) : (user.name ?? user.email) }];
  }
  if (filters.user_id !== undefined) {
    return [{ id: filters.user_id, name: repLabel(filters.user_id, team) }];
  }
  if (team === undefined) return undefined;
  return team
    .map((rep) => ({ id: rep._id, name: nameOf(rep) }))
    .sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
