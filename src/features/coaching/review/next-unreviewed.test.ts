import { describe, expect, it } from 'vitest';
import { findNextUnreviewed, nextUnreviewedOnPage } from './next-unreviewed';
import type { NextUnreviewedInput, ReviewPage } from './next-unreviewed';

interface Row {
  id?: string;
}

const rowsOf = (...ids: (string | undefined)[]): Row[] => ids.map((id) => (id ? { id } : {}));

/** Pages 1…n of the table, each with its `next`; records which pages were read. */
function pagedTable(pages: Row[][]) {
  const read: number[] = [];
  const fetchPage = (page: number): Promise<ReviewPage<Row>> => {
    read.push(page);
    return Promise.resolve({
      rows: pages[page - 1] ?? [],
      next: page < pages.length ? page + 1 : null,
    });
  };
  return { read, fetchPage };
}

function inputFor(
  pages: Row[][],
  page: number,
  openCallId: string | undefined,
  reviewed: string[],
): NextUnreviewedInput<Row> & { read: number[] } {
  const table = pagedTable(pages);
  return {
    rows: pages[page - 1] ?? [],
    page,
    next: page < pages.length ? page + 1 : null,
    openCallId,
    callIdOf: (row) => row.id,
    isReviewed: (id) => reviewed.includes(id),
    fetchPage: table.fetchPage,
    read: table.read,
  };
}

describe('nextUnreviewedOnPage', () => {
  const rows = rowsOf('a', 'b', undefined, 'c', 'd');
  const base = { rows, callIdOf: (row: Row) => row.id };

  it('is the first unreviewed row after the open one, skipping rows that cannot open', () => {
    const isReviewed = (id: string) => id === 'c';
    expect(nextUnreviewedOnPage({ ...base, openCallId: 'b', isReviewed })?.callId).toBe('d');
    expect(nextUnreviewedOnPage({ ...base, openCallId: 'a', isReviewed })?.callId).toBe('b');
  });

  it('starts at the top when no call is open, or the open one is on another page', () => {
    const isReviewed = (id: string) => id === 'a';
    expect(nextUnreviewedOnPage({ ...base, openCallId: undefined, isReviewed })?.callId).toBe('b');
    expect(nextUnreviewedOnPage({ ...base, openCallId: 'zz', isReviewed })?.callId).toBe('b');
  });

  it('never returns the open call, reviewed or not, nor a row before it', () => {
    const isReviewed = () => false;
    expect(nextUnreviewedOnPage({ ...base, openCallId: 'd', isReviewed })).toBeUndefined();
  });
});

describe('findNextUnreviewed', () => {
  const pages = [rowsOf('a', 'b', 'c'), rowsOf('d', 'e', 'f'), rowsOf('g', 'h')];

  it('stays on the page when it can, reading nothing', async () => {
    const input = inputFor(pages, 1, 'a', []);
    expect(await findNextUnreviewed(input)).toEqual({
      kind: 'found',
      row: { id: 'b' },
      callId: 'b',
      page: 1,
    });
    expect(input.read).toEqual([]);
  });

  it('crosses the page boundary after the last row', async () => {
    const input = inputFor(pages, 1, 'c', []);
    expect(await findNextUnreviewed(input)).toMatchObject({ kind: 'found', callId: 'd', page: 2 });
    expect(input.read).toEqual([2]);
  });

  it('walks past pages that are all reviewed', async () => {
    const input = inputFor(pages, 1, 'b', ['c', 'd', 'e', 'f']);
    expect(await findNextUnreviewed(input)).toMatchObject({ kind: 'found', callId: 'g', page: 3 });
    expect(input.read).toEqual([2, 3]);
  });

  it('says none is left when every call after the open one is reviewed', async () => {
    const all = pages.flat().map((row) => row.id ?? '');
    const input = inputFor(pages, 1, 'a', all);
    expect(await findNextUnreviewed(input)).toEqual({ kind: 'none-left' });
    expect(input.read).toEqual([2, 3]);
    // On the last page, with the last row open: nothing to read.
    const last = inputFor(pages, 3, 'h', []);
    expect(await findNextUnreviewed(last)).toEqual({ kind: 'none-left' });
    expect(last.read).toEqual([]);
  });

  it('reads at most its bound of pages ahead', async () => {
    const many = Array.from({ length: 30 }, (_, p) => rowsOf(`p${String(p)}`));
    const reviewed = many.flat().map((row) => row.id ?? '');
    const input = { ...inputFor(many, 1, undefined, reviewed), maxPagesAhead: 4 };
    expect(await findNextUnreviewed(input)).toEqual({ kind: 'not-found-yet', pages: 4 });
    expect(input.read).toEqual([2, 3, 4, 5]);
  });

  it('stops at a page whose next does not move forward', async () => {
    const input = {
      ...inputFor(pages, 1, 'c', []),
      fetchPage: () => Promise.resolve({ rows: rowsOf(), next: 2 }),
    };
    expect(await findNextUnreviewed(input)).toEqual({ kind: 'none-left' });
  });
});
