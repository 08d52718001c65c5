import { describe, expect, it } from 'vitest';
import { makeCall } from '@/lib/call-log/testing/call-fixtures';
import type { Call } from '@/lib/call-log/call-schema';
import type { QueuePage } from './play-queue';
import { startPlayAll } from './play-all';
import { createPlayerStore } from './player-store';

const withAudio = (id: string) =>
  makeCall({ _id: id, recording_url: `https://rec.example.com/${id}.wav` });
const silent = (id: string) => makeCall({ _id: id, recording_url: '' });

const PAGES: Record<number, QueuePage<Call>> = {
  1: { rows: [withAudio('a'), silent('b')], next: 2 },
  2: { rows: [silent('c'), withAudio('d')], next: null },
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startPlayAll', () => {
  it('plays the list in order, fetching the next page when it gets there', async () => {
    const store = createPlayerStore(undefined);
    const fetched: number[] = [];
    const fetchPage = (page: number) => {
      fetched.push(page);
      const result = PAGES[page];
      return result ? Promise.resolve(result) : Promise.reject(new Error('no page'));
    };
    expect(await startPlayAll(store, { startPage: 1, fetchPage })).toBe(true);
    expect(store.getState().track?.callId).toBe('a');
    expect(fetched).toEqual([1]);

    store.next();
    await flush();
    expect(store.getState().track?.callId).toBe('d');
    expect(fetched).toEqual([1, 2]);

    store.previous();
    await flush();
    expect(store.getState().track?.callId).toBe('a');
  });

  it('says so when there is nothing to play', async () => {
    const store = createPlayerStore(undefined);
    const fetchPage = () => Promise.resolve({ rows: [silent('x')], next: null });
    expect(await startPlayAll(store, { startPage: 1, fetchPage })).toBe(false);
    expect(store.getState().track).toBeUndefined();
  });
});
