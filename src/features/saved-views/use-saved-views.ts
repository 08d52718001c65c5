import { useSyncExternalStore } from 'react';
import { SAVED_VIEWS_STORAGE_KEY, parseSavedViews, serializeSavedViews } from './saved-views-store';
import type { SavedView } from './saved-views-store';

const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return window.localStorage.getItem(SAVED_VIEWS_STORAGE_KEY);
  } catch {
    return null;
  }
}

// Parsed once per stored text, so the snapshot is stable between renders.
let cache: { text: string | null; views: SavedView[] } | undefined;
function getSnapshot(): SavedView[] {
  const text = readStored();
  if (cache?.text !== text) cache = { text, views: parseSavedViews(text) };
  return cache.views;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab saved or deleted a view.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SAVED_VIEWS_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Returns false when storage refused the write (private mode, quota). */
function write(views: readonly SavedView[]): boolean {
  try {
    window.localStorage.setItem(SAVED_VIEWS_STORAGE_KEY, serializeSavedViews(views));
  } catch {
    return false;
  }
  for (const listener of listeners) listener();
  return true;
}

/** The saved views of this browser, and a way to replace them (through the pure store edits). */
export function useSavedViews() {
  const views = useSyncExternalStore(subscribe, getSnapshot, () => []);
  const change = (edit: (views: SavedView[]) => SavedView[]) => write(edit(getSnapshot()));
  return { views, change };
}
