import { describe, expect, it } from 'vitest';
import type { MediaElementLike } from './player-store';
import { createPlayerStore } from './player-store';
import type { PlayerTrack } from './player-track';

class FakeMedia extends EventTarget implements MediaElementLike {
  src = '';
  currentTime = 0;
  duration = Number.NaN;
  readyState = 0;
  ended = false;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  volume = 1;
  playResult: () => Promise<void> = () => Promise.resolve();
  plays = 0;
  play(): Promise<void> {
    this.plays += 1;
    return this.playResult();
  }
  pause(): void {
    this.dispatchEvent(new Event('pause'));
  }
  load(): void {
    // Nothing to load in a fake.
  }
  removeAttribute(): void {
    this.src = '';
  }
  /** Pretends the browser read the file's header. */
  loadMetadata(duration: number): void {
    this.duration = duration;
    this.readyState = 1;
    this.dispatchEvent(new Event('loadedmetadata'));
  }
}

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => {
      values.clear();
    },
    getItem: (key) => values.get(key) ?? null,
    key: () => null,
    removeItem: (key) => {
      values.delete(key);
    },
    setItem: (key, value) => {
      values.set(key, value);
    },
  };
}

const track = (callId: string): PlayerTrack => ({
  callId,
  url: `https://rec.example.com/${callId}.wav`,
  rep: 'Jane Smith',
  contact: 'John Doe',
  startedAt: undefined,
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(storage = memoryStorage()) {
  const store = createPlayerStore(storage);
  const media = new FakeMedia();
  store.attach(media);
  return { store, media, storage };
}

describe('player store', () => {
  it('loads the track and starts playing at the remembered speed', () => {
    const storage = memoryStorage();
    storage.setItem('player.preferences.v1', JSON.stringify({ speed: 1.5, volume: 0.4 }));
    const { store, media } = setup(storage);
    store.play(track('a'));
    expect(media.src).toBe('https://rec.example.com/a.wav');
    expect(media.playbackRate).toBe(1.5);
    expect(media.volume).toBe(0.4);
    expect(store.getState()).toMatchObject({ status: 'loading', track: { callId: 'a' } });
    media.dispatchEvent(new Event('playing'));
    expect(store.getState().status).toBe('playing');
  });

  it('starts from an offset once the metadata is known', () => {
    const { store, media } = setup();
    store.play(track('a'), { startAt: 83 });
    expect(store.getState().currentTime).toBe(83);
    media.loadMetadata(120);
    expect(media.currentTime).toBe(83);
    expect(store.getState().duration).toBe(120);
  });

  it('remembers speed and volume', () => {
    const { store, storage } = setup();
    store.stepSpeed(1);
    store.setVolume(0.5);
    expect(createPlayerStore(storage).getState()).toMatchObject({ speed: 1.25, volume: 0.5 });
  });

  it('seeks within the recording', () => {
    const { store, media } = setup();
    store.play(track('a'));
    media.loadMetadata(60);
    media.currentTime = 10;
    store.seekBy(15);
    expect(media.currentTime).toBe(25);
    store.seekBy(-60);
    expect(media.currentTime).toBe(0);
    store.seekTo(500);
    expect(media.currentTime).toBe(60);
  });

  it('reports an autoplay refusal as blocked, and resumes on request', async () => {
    const { store, media } = setup();
    media.playResult = () => Promise.reject(new DOMException('no gesture', 'NotAllowedError'));
    store.play(track('a'), { startAt: 83 });
    await flush();
    expect(store.getState().status).toBe('blocked');
    media.playResult = () => Promise.resolve();
    store.resume();
    expect(media.plays).toBe(2);
  });

  it('reports a recording that fails to load as unavailable', async () => {
    const { store, media } = setup();
    store.play(track('a'));
    media.dispatchEvent(new Event('error'));
    expect(store.getState().status).toBe('unavailable');

    store.play(track('b'));
    media.playResult = () => Promise.reject(new DOMException('gone', 'NotSupportedError'));
    store.play(track('c'));
    await flush();
    expect(store.getState()).toMatchObject({ status: 'unavailable', track: { callId: 'c' } });
  });

  it('moves to the playlist’s next track when one ends; a single play stops the playlist', () => {
    const { store, media } = setup();
    const calls: string[] = [];
    const playlist = {
      next: () => calls.push('next'),
      previous: () => calls.push('previous'),
    };
    store.play(track('a'), { playlist });
    expect(store.getState().hasPlaylist).toBe(true);
    media.dispatchEvent(new Event('ended'));
    store.previous();
    expect(calls).toEqual(['next', 'previous']);

    store.play(track('b'));
    expect(store.getState().hasPlaylist).toBe(false);
    media.dispatchEvent(new Event('ended'));
    expect(calls).toEqual(['next', 'previous']);
  });

  it('close forgets the track', () => {
    const { store } = setup();
    store.play(track('a'));
    store.close();
    expect(store.getState()).toMatchObject({ track: undefined, status: 'idle' });
  });
});
