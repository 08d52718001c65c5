import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import { fetchContactLists } from './contact-lists';
import { fetchDispositions } from './dispositions';
import { fetchSequences } from './sequences';
import { fetchTeam } from './team';

/** Reference lists change when an admin edits them, not while someone reads calls. */
export const REFERENCE_STALE_TIME_MS = 5 * 60_000;

export function createReferenceQueries(get: ApiGet) {
  return {
    all: ['reference-data'] as const,
    dispositions: () =>
      queryOptions({
        queryKey: ['reference-data', 'dispositions'] as const,
        queryFn: ({ signal }) => fetchDispositions(signal, get),
        staleTime: REFERENCE_STALE_TIME_MS,
      }),
    team: () =>
      queryOptions({
        queryKey: ['reference-data', 'team'] as const,
        queryFn: ({ signal }) => fetchTeam(signal, get),
        staleTime: REFERENCE_STALE_TIME_MS,
      }),
    sequences: () =>
      queryOptions({
        queryKey: ['reference-data', 'sequences'] as const,
        queryFn: ({ signal }) => fetchSequences(signal, get),
        staleTime: REFERENCE_STALE_TIME_MS,
      }),
    contactLists: () =>
      queryOptions({
        queryKey: ['reference-data', 'contact-lists'] as const,
        queryFn: ({ signal }) => fetchContactLists(signal, get),
        staleTime: REFERENCE_STALE_TIME_MS,
      }),
  };
}

export type ReferenceQueries = ReturnType<typeof createReferenceQueries>;

export const referenceQueries: ReferenceQueries = createReferenceQueries(apiGet);
