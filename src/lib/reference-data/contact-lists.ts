import { z } from 'zod/mini';
import { MAX_LIMIT } from '@contract/salesfinity';
import { ApiError, apiGet } from '@/lib/api-client';
import type { ApiGet } from '@/lib/api-client';
import {
  idString,
  isOneOf,
  lenient,
  nonBlankString,
  nonNegativeInt,
  parseEach,
  uniqueBy,
} from '@/lib/lenient-schema';
import { collectAllPages, derivePaging, reportedPagingShape } from '@/lib/pagination';

export const CONTACT_LIST_SOURCES = ['csv', 'hubspot', 'salesforce', 'manual'] as const;
export type ContactListSource = (typeof CONTACT_LIST_SOURCES)[number];

const text = lenient(z.string());

/** A contact list; `_id` is what `filters[contact_list_ids][]` takes. */
export const contactListSchema = z.object({
  _id: idString,
  name: text,
  // Kept as received, known or not.
  source: lenient(nonBlankString),
  user: lenient(
    z.object({
      _id: text,
      email: text,
      first_name: text,
      last_name: text,
    }),
  ),
  total_contacts: lenient(nonNegativeInt),
});

export type ContactList = z.infer<typeof contactListSchema>;

export function isKnownContactListSource(value: string | undefined): value is ContactListSource {
  return isOneOf(CONTACT_LIST_SOURCES, value);
}

/** This endpoint puts its paging fields at the top level: `{ data, total, page, next }`. */
const contactListPageSchema = z.object({
  data: z.array(z.unknown()),
  ...reportedPagingShape,
});

export function parseContactListPage(
  body: unknown,
  requested: { page: number; limit: number },
): { items: ContactList[]; next: number | null } {
  const envelope = contactListPageSchema.safeParse(body);
  if (!envelope.success) {
    throw new ApiError({
      kind: 'malformed',
      detail: 'The contact lists response has no "data" list.',
    });
  }
  const { data, ...paging } = envelope.data;
  const { next } = derivePaging(paging, requested, data.length);
  return { items: parseEach(contactListSchema, data).valid, next };
}

/** Every contact list, page by page at the largest page size. */
export async function fetchContactLists(
  signal?: AbortSignal,
  get: ApiGet = apiGet,
): Promise<ContactList[]> {
  const all = await collectAllPages(async (page) => {
    const params = new URLSearchParams({ page: String(page), limit: String(MAX_LIMIT) });
    const body = await get('v1/contact-lists', params, { signal });
    return parseContactListPage(body, { page, limit: MAX_LIMIT });
  });
  return uniqueBy(all, (list) => list._id);
}
