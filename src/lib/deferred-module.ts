import { useSyncExternalStore } from 'react';

/**
 * Code that is not needed to paint the first rows (tooltips, menus, the full phone formatter)
 * loads in chunks of its own, and only once the first rows are in: the JavaScript before them is
 * what a user waits for. Components use the module when it has arrived and a plain stand-in before.
 */

/** A gate that holds back loads until it opens; opening twice is harmless. */
export interface LoadGate {
  /** Runs `start` now if the gate is open, else when it opens. */
  whenOpen: (start: () => void) => void;
  open: () => void;
  readonly isOpen: boolean;
}

export function createLoadGate(): LoadGate {
  let isOpen = false;
  const waiting: (() => void)[] = [];
  return {
    whenOpen(start) {
      if (isOpen) start();
      else waiting.push(start);
    },
    open() {
      if (isOpen) return;
      isOpen = true;
      for (const start of waiting.splice(0)) start();
    },
    get isOpen() {
      return isOpen;
    },
  };
}

/** Opened by the calls page once its first answer is in, and by any view that has no rows. */
// Serves "JS before first rows": 140.2 kB with, 343.4 kB without (docs/performance.md, "Mechanisms and what each pays for").
export const firstRowsGate: LoadGate = createLoadGate();

/** Lets deferred chunks load: the first rows are on screen (or this view has none). */
export function releaseDeferredModules(): void {
  firstRowsGate.open();
}

/** Longest wait for a frame: a tab in the background gets none, and must not stay stripped down. */
export const PAINT_FALLBACK_MS = 250;

/**
 * Runs `callback` once the browser has painted what the current commit shows: after the next
 * animation frame, in a task of its own. Opening the gate inside the commit that shows the first
 * rows made React re-render every deferred user (sidebar, tooltips, dock) in that same task, so the
 * rows reached the screen only after that second render. Runs once, at the latest after
 * PAINT_FALLBACK_MS; the returned function cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    callback();
  };
  const fallback = setTimeout(run, PAINT_FALLBACK_MS);
  const frame = requestAnimationFrame(() => {
    setTimeout(run, 0);
  });
  return () => {
    done = true;
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
  };
}

const subscribeToFirstRows = (listener: () => void) => {
  firstRowsGate.whenOpen(listener);
  return () => undefined;
};
const firstRowsIn = () => firstRowsGate.isOpen;

/** Whether deferred chunks may load yet: for UI that mounts lazy components of its own. */
export function useDeferredModulesReleased(): boolean {
  return useSyncExternalStore(subscribeToFirstRows, firstRowsIn, firstRowsIn);
}

export interface DeferredModule<M> {
  /** Loads now, whatever the gate says (say, on hover); resolves once in use, or failed. */
  load: () => Promise<void>;
  /** The module once loaded, else undefined; the first use asks for it when the gate opens. */
  useModule: () => M | undefined;
}

export function deferredModule<M>(
  importer: () => Promise<M>,
  gate: LoadGate = firstRowsGate,
): DeferredModule<M> {
  let loaded: M | undefined;
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();

  const load = (): Promise<void> => {
    loading ??= importer().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
      },
      () => {
        // A failed chunk load leaves the stand-in in place; the next use may try again.
        loading = undefined;
      },
    );
    return loading;
  };

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    gate.whenOpen(() => void load());
    return () => {
      listeners.delete(listener);
    };
  };
  const getSnapshot = () => loaded;
  const getServerSnapshot = () => undefined;

  return {
    load,
    useModule: () => useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot),
  };
}
