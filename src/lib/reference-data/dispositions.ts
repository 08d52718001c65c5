import { z } from 'zod/mini';
import { DISPOSITION_CATEGORIES } from '@contract/salesfinity';
import type { DispositionCategory } from '@contract/salesfinity';
import { ApiError, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import {
  isOneOf,
  lenient,
  nonBlankString,
  nonNegativeInt,
  parseEach,
  uniqueBy,
} from '@/lib/lenient-schema';

const text = lenient(z.string());

/** A disposition; `id` is required because it is the only key the call-log filter accepts. */
export const dispositionSchema = z.object({
  _id: text,
  id: nonNegativeInt,
  name: text,
  is_custom: lenient(z.boolean()),
  is_required: lenient(z.boolean()),
  // Kept as received, known or not.
  category: lenient(nonBlankString),
});

export type Disposition = z.infer<typeof dispositionSchema>;

export function isKnownDispositionCategory(
  value: string | undefined,
): value is DispositionCategory {
  return isOneOf(DISPOSITION_CATEGORIES, value);
}

const envelopeSchema = z.object({ data: z.array(z.unknown()) });

/** `{ data: [...] }` as documented; records without a usable `id` are dropped. */
export function parseDispositions(body: unknown): Disposition[] {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    throw new ApiError({
      kind: 'malformed',
      detail: 'The dispositions response has no "data" list.',
    });
  }
  return uniqueBy(parseEach(dispositionSchema, envelope.data.data).valid, (item) => item.id);
}

export async function fetchDispositions(
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<Disposition[]> {
  return parseDispositions(await get('v1/dispositions', undefined, { signal }));
}
