import { describe, expect, it } from 'vitest';
import {
  createReviewMarksStore,
  MAX_REVIEW_MARKS,
  parseReviewMarks,
  REVIEW_MARKS_STORAGE_KEY,
  serializeReviewMarks,
  withReviewMark,
} from './review-marks';

/** localStorage as the browser has it, in memory; `isFull` refuses writes like a full quota. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  isFull = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.isFull) throw new DOMException('Full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

/** What another tab's write looks like to this one. */
function storageEvent(key: string | null): Event {
  return Object.assign(new Event('storage'), { key });
}

describe('parseReviewMarks', () => {
  it('reads what serializeReviewMarks wrote', () => {
    const marks = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(parseReviewMarks(serializeReviewMarks(marks))).toEqual(marks);
  });

  it('ignores a corrupted value instead of failing', () => {
    for (const stored of [
      null,
      '',
      '{',
      'null',
      '[]',
      '{"version":2,"marks":[]}',
      '{"marks":{}}',
    ]) {
      expect(parseReviewMarks(stored).size, String(stored)).toBe(0);
    }
  });

  it('drops the entries that do not fit and keeps the rest', () => {
    const stored = JSON.stringify({
      version: 1,
      marks: [['a', 1], ['', 2], ['b', 'x'], 'c', ['d', -1], ['e', 5], ['a', 3]],
    });
    // Oldest first; a call marked twice keeps its latest mark.
    expect([...parseReviewMarks(stored)]).toEqual([
      ['a', 3],
      ['e', 5],
    ]);
  });
});

describe('withReviewMark', () => {
  it('marks and unmarks one call', () => {
    const marked = withReviewMark(new Map(), 'a', true, 10);
    expect(marked.get('a')).toBe(10);
    expect(withReviewMark(marked, 'a', false, 11).has('a')).toBe(false);
  });

  it(`keeps the newest ${String(MAX_REVIEW_MARKS)} marks`, () => {
    let marks = new Map(Array.from({ length: MAX_REVIEW_MARKS }, (_, i) => [`c${String(i)}`, i]));
    marks = new Map(withReviewMark(marks, 'newest', true, MAX_REVIEW_MARKS));
    expect(marks.size).toBe(MAX_REVIEW_MARKS);
    expect(marks.has('c0')).toBe(false);
    expect(marks.has('c1')).toBe(true);
    expect(marks.has('newest')).toBe(true);
    // Re-marking an old call makes it new again rather than adding a second mark.
    marks = new Map(withReviewMark(marks, 'c1', true, MAX_REVIEW_MARKS + 1));
    expect(marks.size).toBe(MAX_REVIEW_MARKS);
    expect(marks.get('c1')).toBe(MAX_REVIEW_MARKS + 1);
    expect(marks.has('c2')).toBe(true);
  });
});

describe('createReviewMarksStore', () => {
  it('saves marks in storage for the next visit, and tells its listeners', () => {
    const storage = new MemoryStorage();
    const store = createReviewMarksStore(storage, new EventTarget(), () => 100);
    let changes = 0;
    const unsubscribe = store.subscribe(() => {
      changes += 1;
    });
    expect(store.setReviewed('call-1', true)).toBe(true);
    expect(changes).toBe(1);
    expect(store.getSnapshot().has('call-1')).toBe(true);

    const nextVisit = createReviewMarksStore(storage, new EventTarget());
    expect([...nextVisit.getSnapshot().keys()]).toEqual(['call-1']);
    unsubscribe();
  });

  it('gives the same snapshot until the marks change', () => {
    const store = createReviewMarksStore(new MemoryStorage(), new EventTarget());
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.setReviewed('x', true);
    expect(store.getSnapshot()).not.toBe(before);
  });

  it('follows another tab’s changes through the storage event', () => {
    const storage = new MemoryStorage();
    const window = new EventTarget();
    const store = createReviewMarksStore(storage, window);
    let changes = 0;
    const unsubscribe = store.subscribe(() => {
      changes += 1;
    });
    // The other tab writes the shared storage, then this tab hears of it.
    storage.setItem(REVIEW_MARKS_STORAGE_KEY, serializeReviewMarks(new Map([['other', 5]])));
    window.dispatchEvent(storageEvent(REVIEW_MARKS_STORAGE_KEY));
    expect(changes).toBe(1);
    expect(store.getSnapshot().has('other')).toBe(true);
    window.dispatchEvent(storageEvent('saved-views.v1'));
    expect(changes).toBe(1);

    unsubscribe();
    window.dispatchEvent(storageEvent(REVIEW_MARKS_STORAGE_KEY));
    expect(changes).toBe(1);
  });

  it('a corrupted stored value reads as no marks, and the next mark replaces it', () => {
    const storage = new MemoryStorage();
    storage.setItem(REVIEW_MARKS_STORAGE_KEY, '{"version":1,"marks":');
    const store = createReviewMarksStore(storage, new EventTarget());
    expect(store.getSnapshot().size).toBe(0);
    store.setReviewed('a', true);
    expect([...parseReviewMarks(storage.getItem(REVIEW_MARKS_STORAGE_KEY)).keys()]).toEqual(['a']);
  });

  it('a write the browser refuses still holds for this page, and says so', () => {
    const storage = new MemoryStorage();
    storage.isFull = true;
    const store = createReviewMarksStore(storage, new EventTarget());
    expect(store.setReviewed('a', true)).toBe(false);
    expect(store.getSnapshot().has('a')).toBe(true);
    storage.isFull = false;
    expect(store.setReviewed('b', true)).toBe(true);
    expect([...parseReviewMarks(storage.getItem(REVIEW_MARKS_STORAGE_KEY)).keys()]).toEqual([
      'a',
      'b',
    ]);
  });

  it('works without storage at all', () => {
    const store = createReviewMarksStore(null, null);
    expect(store.setReviewed('a', true)).toBe(false);
    expect(store.getSnapshot().has('a')).toBe(true);
  });
});
