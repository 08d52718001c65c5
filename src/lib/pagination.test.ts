import { describe, expect, it } from 'vitest';
import { collectAllPages, derivePaging, reportedPagingSchema } from './pagination';

const requested = { page: 1, limit: 10 };

describe('reportedPagingSchema', () => {
  it('keeps null for next and drops what has the wrong type', () => {
    expect(
      reportedPagingSchema.parse({ total: '150', page: 0, limit: 10, pages: -1, next: null }),
    ).toEqual({ total: undefined, page: undefined, limit: 10, pages: undefined, next: null });
  });

  it('tolerates every field missing', () => {
    expect(reportedPagingSchema.parse({})).toEqual({});
  });
});

describe('derivePaging', () => {
  it('takes what the server reports', () => {
    expect(
      derivePaging({ total: 150, page: 2, limit: 10, pages: 15, next: 3 }, requested, 10),
    ).toEqual({ total: 150, page: 2, limit: 10, pages: 15, next: 3 });
  });

  it('derives pages and next from total and limit', () => {
    expect(derivePaging({ total: 150, page: 1, limit: 10 }, requested, 10)).toMatchObject({
      pages: 15,
      next: 2,
    });
    expect(derivePaging({ total: 150, page: 15, limit: 10 }, requested, 10)).toMatchObject({
      pages: 15,
      next: null,
    });
  });

  it('falls back to the request for page and limit', () => {
    expect(derivePaging({ total: 35 }, { page: 2, limit: 20 }, 15)).toEqual({
      total: 35,
      page: 2,
      limit: 20,
      pages: 2,
      next: null,
    });
  });

  it('trusts a next of null over the page count', () => {
    expect(derivePaging({ total: 150, pages: 15, next: null }, requested, 10).next).toBeNull();
  });

  it('derives next when the reported one does not move forward', () => {
    expect(derivePaging({ page: 3, total: 150, next: 3 }, requested, 10).next).toBe(4);
    expect(derivePaging({ page: 3, total: 150, next: 1 }, requested, 10).next).toBe(4);
  });

  it('with nothing reported, a full page has a next and a short page is the last', () => {
    expect(derivePaging({}, { page: 2, limit: 10 }, 10)).toEqual({
      total: null,
      page: 2,
      limit: 10,
      pages: null,
      next: 3,
    });
    expect(derivePaging({}, { page: 2, limit: 10 }, 4)).toEqual({
      total: 14,
      page: 2,
      limit: 10,
      pages: 2,
      next: null,
    });
  });

  it('counts an empty first page as zero but cannot count a page past the end', () => {
    expect(derivePaging({}, { page: 1, limit: 1 }, 0)).toMatchObject({ total: 0, next: null });
    expect(derivePaging({}, { page: 9, limit: 10 }, 0)).toMatchObject({ total: null, next: null });
  });

  it('keeps the true total on a page past the end', () => {
    expect(derivePaging({ total: 150, page: 20, limit: 10, pages: 15 }, requested, 0)).toEqual({
      total: 150,
      page: 20,
      limit: 10,
      pages: 15,
      next: null,
    });
  });
});

describe('collectAllPages', () => {
  it('follows next until it is null, in order', async () => {
    const asked: number[] = [];
    const items = await collectAllPages((page) => {
      asked.push(page);
      return Promise.resolve({ items: [`p${page}`], next: page < 3 ? page + 1 : null });
    });
    expect(asked).toEqual([1, 2, 3]);
    expect(items).toEqual(['p1', 'p2', 'p3']);
  });

  it('stops when next does not move forward', async () => {
    const asked: number[] = [];
    await collectAllPages((page) => {
      asked.push(page);
      return Promise.resolve({ items: [], next: 2 });
    });
    expect(asked).toEqual([1, 2]);
  });

  it('stops at the page cap', async () => {
    const asked: number[] = [];
    await collectAllPages((page) => {
      asked.push(page);
      return Promise.resolve({ items: [page], next: page + 1 });
    }, 5);
    expect(asked).toEqual([1, 2, 3, 4, 5]);
  });

  it('passes a failure through', async () => {
    await expect(collectAllPages(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
