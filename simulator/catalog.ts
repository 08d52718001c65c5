import { DISPOSITION_CATEGORIES } from '../contract/salesfinity.ts';
import type { Dataset } from './dataset.ts';
import type { Disposition, Sequence } from './entities.ts';
import { badRequest, notFound } from './http-error.ts';
import { readBoolean, readEnum, readLimit, readPage, readScalar } from './query-params.ts';
import type { QueryParams } from './query-params.ts';

/** The small endpoints: dispositions, team, sequences, contact lists. */

export function listDispositions(dataset: Dataset, params: QueryParams): { data: Disposition[] } {
  const isCustom = readBoolean(params, 'is_custom');
  const category = readEnum(params, 'category', DISPOSITION_CATEGORIES);
  return {
    data: dataset.dispositions
      .filter((d) => isCustom === undefined || d.is_custom === isCustom)
      .filter((d) => category === undefined || d.category === category)
      .map((d) => ({ ...d })),
  };
}

function userOf(dataset: Dataset, repIndex: number) {
  const rep = dataset.reps[repIndex];
  return {
    _id: rep?._id ?? '',
    email: rep?.email ?? '',
    first_name: rep?.first_name ?? '',
    last_name: rep?.last_name ?? '',
  };
}

/** Unwrapped, as documented. */
export function getTeam(dataset: Dataset) {
  return {
    _id: dataset.team._id,
    name: dataset.team.name,
    users: dataset.reps.map((rep) => ({
      user: userOf(dataset, rep.index),
      status: rep.status,
      license: rep.license,
    })),
  };
}

function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function sequenceJson(sequence: Sequence) {
  return {
    id: sequence.id,
    name: sequence.name,
    first_used_at: isoOrNull(sequence.firstUsedMs),
    last_used_at: isoOrNull(sequence.lastUsedMs),
    total_calls: sequence.total_calls,
  };
}

export interface Pagination {
  total: number;
  page: number;
  limit: number;
  pages: number;
  next: number | null;
}

export function paginationOf(total: number, page: number, limit: number): Pagination {
  const pages = Math.ceil(total / limit);
  return { total, page, limit, pages, next: page < pages ? page + 1 : null };
}

/** [ours] Most recently used first (never used last), ties by id; `search` matches the name. */
export function listSequences(dataset: Dataset, params: QueryParams) {
  const page = readPage(params);
  const limit = readLimit(params, 10);
  const search = readScalar(params, 'search')?.trim().toLowerCase() ?? '';
  const matching = dataset.sequences
    .filter((s) => s.name.toLowerCase().includes(search))
    .sort(
      (a, b) => (b.lastUsedMs ?? -Infinity) - (a.lastUsedMs ?? -Infinity) || (a.id < b.id ? -1 : 1),
    );
  const from = (page - 1) * limit;
  return {
    data: matching.slice(from, from + limit).map(sequenceJson),
    pagination: paginationOf(matching.length, page, limit),
  };
}

export function getSequence(dataset: Dataset, id: string) {
  const sequence = dataset.sequences.find((s) => s.id === id);
  if (!sequence) throw notFound(`Sequence ${id} not found`);
  return { data: sequenceJson(sequence) };
}

const CONTACT_LIST_SORTS = ['createdAt', '-createdAt', 'name', '-name'] as const;

/** Pagination at the top level (`total`, `page`, `next`), as documented. Ties sort by `_id`. */
export function listContactLists(dataset: Dataset, params: QueryParams) {
  const page = readPage(params);
  const limit = readLimit(params, 10);
  const sort = readScalar(params, 'sort') ?? '-createdAt';
  if (!CONTACT_LIST_SORTS.some((allowed) => allowed === sort)) {
    throw badRequest(`sort must be one of ${CONTACT_LIST_SORTS.join(', ')}`);
  }
  const sign = sort.startsWith('-') ? -1 : 1;
  const byName = sort.endsWith('name');
  const lists = [...dataset.lists].sort((a, b) => {
    const primary = byName ? a.name.localeCompare(b.name) : a.createdAtMs - b.createdAtMs;
    return sign * (primary || (a._id < b._id ? -1 : 1));
  });
  const from = (page - 1) * limit;
  return {
    data: lists.slice(from, from + limit).map((list) => ({
      _id: list._id,
      name: list.name,
      source: list.source,
      user: userOf(dataset, list.ownerIndex),
      total_contacts: list.total_contacts,
      // Not in the documented item, but what `sort=createdAt` orders by.
      createdAt: new Date(list.createdAtMs).toISOString(),
    })),
    total: lists.length,
    page,
    next: from + limit < lists.length ? page + 1 : null,
  };
}
