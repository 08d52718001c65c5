import { describe, expect, it } from 'vitest';
import type { QueuePage } from './play-queue';
import { stepQueue } from './play-queue';

interface Item {
  id: string;
  hasAudio: boolean;
}

const item = (id: string, hasAudio = true): Item => ({ id, hasAudio });
const playable = (value: Item) => value.hasAudio;

function pagesOf(...entries: [number, QueuePage<Item>][]) {
  return new Map(entries);
}

describe('stepQueue', () => {
  const pages = pagesOf(
    [1, { rows: [item('a'), item('b', false), item('c')], next: 2 }],
    [2, { rows: [item('d', false), item('e')], next: null }],
  );

  it('starts at the first playable row of a page', () => {
    expect(stepQueue(pages, { page: 1, index: -1 }, 1, playable)).toMatchObject({
      kind: 'play',
      position: { page: 1, index: 0 },
      item: { id: 'a' },
    });
  });

  it('skips rows without a recording', () => {
    expect(stepQueue(pages, { page: 1, index: 0 }, 1, playable)).toMatchObject({
      item: { id: 'c' },
    });
  });

  it('moves on to the next page, and ends after the last', () => {
    expect(stepQueue(pages, { page: 1, index: 2 }, 1, playable)).toMatchObject({
      position: { page: 2, index: 1 },
      item: { id: 'e' },
    });
    expect(stepQueue(pages, { page: 2, index: 1 }, 1, playable)).toEqual({ kind: 'end' });
  });

  it('asks for a page it has not got', () => {
    const onlyFirst = pagesOf([1, { rows: [item('a')], next: 2 }]);
    expect(stepQueue(onlyFirst, { page: 1, index: 0 }, 1, playable)).toEqual({
      kind: 'fetch',
      page: 2,
    });
  });

  it('goes back across pages, from the end of the previous one', () => {
    expect(stepQueue(pages, { page: 2, index: 1 }, -1, playable)).toMatchObject({
      position: { page: 1, index: 2 },
      item: { id: 'c' },
    });
    expect(stepQueue(pages, { page: 1, index: 0 }, -1, playable)).toEqual({ kind: 'end' });
    const onlySecond = pagesOf([2, { rows: [item('e')], next: null }]);
    expect(stepQueue(onlySecond, { page: 2, index: 0 }, -1, playable)).toEqual({
      kind: 'fetch',
      page: 1,
    });
  });

  it('ends on an empty page or a next that does not move forward', () => {
    expect(
      stepQueue(pagesOf([1, { rows: [], next: null }]), { page: 1, index: -1 }, 1, playable),
    ).toEqual({
      kind: 'end',
    });
    expect(
      stepQueue(pagesOf([3, { rows: [], next: 3 }]), { page: 3, index: -1 }, 1, playable),
    ).toEqual({
      kind: 'end',
    });
  });
});
