import { useSyncExternalStore } from 'react';
import type { PlayerTrack } from './player-track';
import { DEFAULT_SPEED, nearestSpeed, stepSpeed } from './speed-steps';

/** The part of `<audio>` the store drives; tests pass a fake. */
export interface MediaElementLike extends EventTarget {
  src: string;
  currentTime: number;
  readonly duration: number;
  readonly readyState: number;
  readonly ended: boolean;
  playbackRate: number;
  defaultPlaybackRate: number;
  volume: number;
  play(): Promise<void>;
  pause(): void;
  load(): void;
  removeAttribute(name: string): void;
}

/**
 * `blocked`: the browser refused to start without a user gesture (autoplay policy).
 * `unavailable`: the recording failed to load (gone, expired, not audio).
 */
export type PlayerStatus =
  'idle' | 'loading' | 'playing' | 'paused' | 'ended' | 'blocked' | 'unavailable';

/** What plays after the current track: "Play all" installs one. */
export interface Playlist {
  next(): void;
  previous(): void;
}

export interface PlayerState {
  track: PlayerTrack | undefined;
  status: PlayerStatus;
  /** Seconds; while loading, where playback will start. */
  currentTime: number;
  duration: number | undefined;
  speed: number;
  volume: number;
  hasPlaylist: boolean;
}

export interface PlayOptions {
  /** Start here (seconds) instead of at the beginning. */
  startAt?: number;
  /** The playlist this track belongs to; omitted, any running playlist stops. */
  playlist?: Playlist;
}

const PREFERENCES_KEY = 'player.preferences.v1';
const HAVE_METADATA = 1;

interface Preferences {
  speed: number;
  volume: number;
}

function readPreferences(storage: Storage | undefined): Preferences {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? 'null');
    if (typeof parsed === 'object' && parsed !== null) {
      const { speed, volume } = parsed as Partial<Record<keyof Preferences, unknown>>;
      return {
        speed: typeof speed === 'number' ? nearestSpeed(speed) : DEFAULT_SPEED,
        volume: typeof volume === 'number' ? clamp(volume, 0, 1) : 1,
      };
    }
  } catch {
    // Unreadable or blocked storage: the defaults are fine.
  }
  return { speed: DEFAULT_SPEED, volume: 1 };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error || error instanceof DOMException ? error.name : undefined;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The app-wide player: one audio element, one track at a time. A small external store so any
 * component can read it (`usePlayer`) and it outlives pages, filters and panels.
 */
export function createPlayerStore(storage: Storage | undefined = browserStorage()) {
  const preferences = readPreferences(storage);
  let state: PlayerState = {
    track: undefined,
    status: 'idle',
    currentTime: 0,
    duration: undefined,
    speed: preferences.speed,
    volume: preferences.volume,
    hasPlaylist: false,
  };
  let media: MediaElementLike | undefined;
  let pendingStart: number | undefined;
  let playlist: Playlist | undefined;
  const listeners = new Set<() => void>();

  function set(patch: Partial<PlayerState>): void {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  }

  function savePreferences(): void {
    try {
      storage?.setItem(
        PREFERENCES_KEY,
        JSON.stringify({ speed: state.speed, volume: state.volume }),
      );
    } catch {
      // Private mode or full storage: the preference lasts for this page only.
    }
  }

  function startPlayback(): void {
    if (!media) return;
    const element = media;
    element.play().then(undefined, (error: unknown) => {
      if (element !== media) return;
      const name = errorName(error);
      // A newer source or a pause interrupted this play(): not a failure.
      if (name === 'AbortError') return;
      set({ status: name === 'NotAllowedError' ? 'blocked' : 'unavailable' });
    });
  }

  function loadTrack(): void {
    if (!media || !state.track) return;
    media.defaultPlaybackRate = state.speed;
    media.src = state.track.url;
    media.playbackRate = state.speed;
    media.volume = state.volume;
    startPlayback();
  }

  const handlers: Record<string, () => void> = {
    loadedmetadata: () => {
      if (!media) return;
      if (pendingStart !== undefined) {
        media.currentTime = Number.isFinite(media.duration)
          ? clamp(pendingStart, 0, media.duration)
          : pendingStart;
        pendingStart = undefined;
      }
      handlers.durationchange?.();
    },
    durationchange: () => {
      if (media) set({ duration: Number.isFinite(media.duration) ? media.duration : undefined });
    },
    timeupdate: () => {
      if (media && pendingStart === undefined) set({ currentTime: media.currentTime });
    },
    playing: () => {
      set({ status: 'playing' });
    },
    pause: () => {
      if (state.status === 'playing' || state.status === 'loading') set({ status: 'paused' });
    },
    ended: () => {
      set({ status: 'ended' });
      playlist?.next();
    },
    error: () => {
      if (state.track) set({ status: 'unavailable' });
    },
    ratechange: () => {
      // Loading a new source resets the rate to the default: keep the chosen speed.
      if (media && media.playbackRate !== state.speed) media.playbackRate = state.speed;
    },
  };

  function seekTo(seconds: number): void {
    if (!state.track) return;
    const max = state.duration ?? Number.POSITIVE_INFINITY;
    const target = clamp(seconds, 0, max);
    if (media && media.readyState >= HAVE_METADATA) media.currentTime = target;
    else pendingStart = target;
    set({ currentTime: target, ...(state.status === 'ended' ? { status: 'paused' } : {}) });
  }

  function setSpeed(speed: number): void {
    const next = nearestSpeed(speed);
    if (media) {
      media.defaultPlaybackRate = next;
      media.playbackRate = next;
    }
    set({ speed: next });
    savePreferences();
  }

  function resume(): void {
    if (!state.track || !media || state.status === 'unavailable') return;
    if (state.status === 'ended') seekTo(0);
    startPlayback();
  }

  return {
    getState: (): PlayerState => state,

    /** The playlist the current track belongs to, if any. */
    getPlaylist: (): Playlist | undefined => playlist,

    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    /** Gives the store its `<audio>` element; returns the detach function. */
    attach(element: MediaElementLike): () => void {
      media = element;
      for (const [type, handler] of Object.entries(handlers))
        element.addEventListener(type, handler);
      if (state.track) loadTrack();
      return () => {
        for (const [type, handler] of Object.entries(handlers)) {
          element.removeEventListener(type, handler);
        }
        if (media === element) media = undefined;
      };
    },

    /** Plays `track` (from `startAt` seconds); the same track without an offset just resumes. */
    play(track: PlayerTrack, options: PlayOptions = {}): void {
      playlist = options.playlist;
      const isSameTrack = state.track?.callId === track.callId && state.status !== 'unavailable';
      if (isSameTrack && options.startAt === undefined) {
        set({ hasPlaylist: playlist !== undefined });
        resume();
        return;
      }
      if (isSameTrack && options.startAt !== undefined) {
        set({ hasPlaylist: playlist !== undefined });
        seekTo(options.startAt);
        resume();
        return;
      }
      pendingStart = options.startAt;
      set({
        track,
        status: 'loading',
        currentTime: options.startAt ?? 0,
        duration: undefined,
        hasPlaylist: playlist !== undefined,
      });
      loadTrack();
    },

    pause(): void {
      media?.pause();
    },

    resume,

    toggle(): void {
      if (state.status === 'playing' || state.status === 'loading') media?.pause();
      else resume();
    },

    seekTo,

    seekBy(seconds: number): void {
      seekTo(
        (media && pendingStart === undefined ? media.currentTime : state.currentTime) + seconds,
      );
    },

    setSpeed,

    stepSpeed(direction: 1 | -1): void {
      setSpeed(stepSpeed(state.speed, direction));
    },

    setVolume(volume: number): void {
      const next = clamp(volume, 0, 1);
      if (media) media.volume = next;
      set({ volume: next });
      savePreferences();
    },

    next(): void {
      playlist?.next();
    },

    previous(): void {
      playlist?.previous();
    },

    /** Stops playback, forgets the track and any playlist: the dock goes away. */
    close(): void {
      playlist = undefined;
      pendingStart = undefined;
      if (media) {
        media.pause();
        media.removeAttribute('src');
        media.load();
      }
      set({
        track: undefined,
        status: 'idle',
        currentTime: 0,
        duration: undefined,
        hasPlaylist: false,
      });
    },
  };
}

export type PlayerStore = ReturnType<typeof createPlayerStore>;

/** The app's one player. */
export const player: PlayerStore = createPlayerStore();

/** Reads a slice of the player; re-renders only when that slice changes (return primitives). */
export function usePlayer<T>(select: (state: PlayerState) => T, store: PlayerStore = player): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}
