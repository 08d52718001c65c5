import type { Call } from '@/lib/call-log/call-schema';
import type { QueuePage, QueuePosition } from './play-queue';
import { stepQueue } from './play-queue';
import type { Playlist, PlayerStore } from './player-store';
import { hasRecording, trackOf } from './player-track';

/** Stops looking after this many pages in a row without a recording. */
const MAX_PAGES_PER_STEP = 20;

export interface PlayAllSource {
  /** The page of the list to start on (its first call with a recording). */
  startPage: number;
  fetchPage: (page: number) => Promise<QueuePage<Call>>;
}

/**
 * Plays a paged list in order through `store`, fetching pages as it reaches them. Resolves to
 * whether anything started; once a single call is played instead, it steps aside.
 */
export function startPlayAll(store: PlayerStore, source: PlayAllSource): Promise<boolean> {
  const pages = new Map<number, QueuePage<Call>>();
  let position: QueuePosition = { page: source.startPage, index: -1 };
  let hasStarted = false;
  let generation = 0;

  const isStillOurs = () => !hasStarted || store.getPlaylist() === playlist;

  async function go(direction: 1 | -1): Promise<boolean> {
    generation += 1;
    const ticket = generation;
    for (let fetched = 0; ;) {
      const step = stepQueue(pages, position, direction, hasRecording);
      if (step.kind === 'end') return false;
      if (step.kind === 'fetch') {
        if (fetched >= MAX_PAGES_PER_STEP) return false;
        fetched += 1;
        try {
          pages.set(step.page, await source.fetchPage(step.page));
        } catch {
          return false;
        }
        if (ticket !== generation || !isStillOurs()) return false;
        continue;
      }
      const track = trackOf(step.item);
      if (!track) return false;
      position = step.position;
      hasStarted = true;
      store.play(track, { playlist });
      return true;
    }
  }

  const playlist: Playlist = {
    next: () => void go(1),
    previous: () => void go(-1),
  };
  return go(1);
}
