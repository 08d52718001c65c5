import { useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { idString } from '@/lib/lenient-schema';

/**
 * "Reviewed" marks, per call (the call log's `_id`), kept in this browser's localStorage only: a
 * manager's own to-do state, not shared with anyone. Stored text is validated on the way in: a
 * value that does not fit is ignored (no marks), an entry that does not fit is dropped.
 */

export const REVIEW_MARKS_STORAGE_KEY = 'coaching.review-marks.v1';
/** The newest this many marks are kept; older ones go first (a few hundred kB at most). */
export const MAX_REVIEW_MARKS = 5_000;

/** Call id → when it was marked (ms since the epoch). */
export type ReviewMarks = ReadonlyMap<string, number>;

const EMPTY: ReviewMarks = new Map();

const storedSchema = z.object({
  version: z.literal(1),
  marks: z.array(z.unknown()),
});
const markSchema = z.tuple([idString, z.number().check(z.nonnegative())]);

/** The newest `MAX_REVIEW_MARKS`, oldest first (ties keep their order). */
function newest(entries: readonly (readonly [string, number])[]): [string, number][] {
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry[1] - b.entry[1] || a.index - b.index)
    .map(({ entry }) => [entry[0], entry[1]] as [string, number]);
  return sorted.slice(Math.max(0, sorted.length - MAX_REVIEW_MARKS));
}

/** Reads stored text; anything unreadable counts as no marks. */
export function parseReviewMarks(stored: string | null): ReviewMarks {
  if (stored === null) return EMPTY;
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return EMPTY;
  }
  const parsed = storedSchema.safeParse(data);
  if (!parsed.success) return EMPTY;
  const entries: [string, number][] = [];
  for (const item of parsed.data.marks) {
    const mark = markSchema.safeParse(item);
    if (mark.success) entries.push(mark.data);
  }
  // A call marked twice keeps its latest mark.
  const latest = new Map<string, number>();
  for (const [id, at] of newest(entries)) latest.set(id, Math.max(at, latest.get(id) ?? 0));
  return new Map(newest([...latest]));
}

export function serializeReviewMarks(marks: ReviewMarks): string {
  return JSON.stringify({ version: 1, marks: newest([...marks]) });
}

/** `marks` with `callId` marked (now) or not; the oldest go past the cap. */
export function withReviewMark(
  marks: ReviewMarks,
  callId: string,
  isReviewed: boolean,
  now: number,
): ReviewMarks {
  const next = new Map(marks);
  next.delete(callId);
  if (isReviewed) next.set(callId, now);
  return new Map(newest([...next]));
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The marks as an external store over `storage`. Another tab's change arrives as a `storage`
 * event on `events` (the window); this tab's own writes notify directly. A write the storage
 * refuses (private mode, quota) still holds for this page, and `setReviewed` says it was not saved.
 */
export function createReviewMarksStore(
  storage: Storage | null = browserStorage(),
  events: EventTarget | null = typeof window === 'undefined' ? null : window,
  now: () => number = Date.now,
) {
  const listeners = new Set<() => void>();
  /** What could not be saved, kept for this page until storage takes a write again. */
  let unsaved: string | undefined;
  let cache: { text: string | null; marks: ReviewMarks } | undefined;

  const read = (): string | null => {
    if (unsaved !== undefined) return unsaved;
    try {
      return storage?.getItem(REVIEW_MARKS_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  };
  const notify = () => {
    for (const listener of listeners) listener();
  };
  // Another tab wrote the marks (key), or cleared this origin's storage (null).
  const onStorage = (event: Event) => {
    const key = 'key' in event ? event.key : undefined;
    if (key === REVIEW_MARKS_STORAGE_KEY || key === null) notify();
  };

  const getSnapshot = (): ReviewMarks => {
    const text = read();
    // Parsed once per stored text, so the snapshot is the same object between renders.
    if (cache?.text !== text) cache = { text, marks: parseReviewMarks(text) };
    return cache.marks;
  };

  return {
    getSnapshot,
    subscribe: (listener: () => void): (() => void) => {
      if (listeners.size === 0) events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorage);
      };
    },
    /** Marks or unmarks one call; false when the browser would not save it beyond this page. */
    setReviewed: (callId: string, isReviewed: boolean): boolean => {
      const text = serializeReviewMarks(withReviewMark(getSnapshot(), callId, isReviewed, now()));
      let isSaved = true;
      try {
        if (!storage) throw new Error('No storage');
        storage.setItem(REVIEW_MARKS_STORAGE_KEY, text);
        unsaved = undefined;
      } catch {
        unsaved = text;
        isSaved = false;
      }
      notify();
      return isSaved;
    },
  };
}

export type ReviewMarksStore = ReturnType<typeof createReviewMarksStore>;

/** This browser's marks. */
export const reviewMarks: ReviewMarksStore = createReviewMarksStore();

const serverSnapshot = () => EMPTY;

/** The marks, re-rendering when this tab or another changes them. */
export function useReviewMarks(store: ReviewMarksStore = reviewMarks): ReviewMarks {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
}

/** Whether one call is marked; re-renders only when that changes. */
export function useIsReviewed(callId: string, store: ReviewMarksStore = reviewMarks): boolean {
  return useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().has(callId),
    () => false,
  );
}
