import { z } from 'zod/mini';
import { MAX_LIMIT } from '@contract/salesfinity';
import { ApiError, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import {
  dateTimeString,
  idString,
  lenient,
  nonNegativeInt,
  parseEach,
  uniqueBy,
} from '@/lib/lenient-schema';
import { collectAllPages, derivePaging, reportedPagingSchema } from '@/lib/pagination';

const text = lenient(z.string());

/** A sequence; `id` (like `seq_12345`) is what `filters[sequences][]` takes. */
export const sequenceSchema = z.object({
  id: idString,
  name: text,
  first_used_at: lenient(dateTimeString),
  last_used_at: lenient(dateTimeString),
  total_calls: lenient(nonNegativeInt),
});

export type Sequence = z.infer<typeof sequenceSchema>;

/** `{ data, pagination: { total, page, limit, pages, next } }`. */
const sequencePageSchema = z.object({
  data: z.array(z.unknown()),
  pagination: z.catch(reportedPagingSchema, {}),
});

export function parseSequencePage(
  body: unknown,
  requested: { page: number; limit: number },
): { items: Sequence[]; next: number | null } {
  const envelope = sequencePageSchema.safeParse(body);
  if (!envelope.success) {
    throw new ApiError({ kind: 'malformed', detail: 'The sequences response has no "data" list.' });
  }
  const { data, pagination } = envelope.data;
  const { next } = derivePaging(pagination, requested, data.length);
  return { items: parseEach(sequenceSchema, data).valid, next };
}

/** Every sequence, page by page at the largest page size. */
export async function fetchSequences(
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<Sequence[]> {
  const all = await collectAllPages(async (page) => {
    const params = new URLSearchParams({ page: String(page), limit: String(MAX_LIMIT) });
    const body = await get('v1/sequences', params, { signal });
    return parseSequencePage(body, { page, limit: MAX_LIMIT });
  });
  return uniqueBy(all, (sequence) => sequence.id);
}
