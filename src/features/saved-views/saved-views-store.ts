import { z } from 'zod/mini';

/**
 * Saved views in this browser's localStorage. A saved view is its URL (path and query) under a
 * name; nothing of the view itself is stored, so opening one is following a link. Stored data is
 * validated on the way in: entries that do not fit are dropped, not trusted.
 */

export const SAVED_VIEWS_STORAGE_KEY = 'saved-views.v1';
export const MAX_NAME_LENGTH = 80;
export const MAX_SAVED_VIEWS = 100;

const savedViewSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  // Only a same-origin path: a stored value can never send the user elsewhere.
  url: z.string().check(z.refine((value) => isAppPath(value))),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export function isAppPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}

/** Reads stored text; anything unreadable counts as no saved views. */
export function parseSavedViews(stored: string | null): SavedView[] {
  if (stored === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const views: SavedView[] = [];
  const ids = new Set<string>();
  for (const item of data) {
    const result = savedViewSchema.safeParse(item);
    if (result.success && !ids.has(result.data.id)) {
      ids.add(result.data.id);
      views.push(result.data);
    }
  }
  return views.slice(0, MAX_SAVED_VIEWS);
}

export function serializeSavedViews(views: readonly SavedView[]): string {
  return JSON.stringify(views);
}

/** Trimmed, inner whitespace collapsed, cut to the maximum; undefined when blank. */
export function cleanName(name: string): string | undefined {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return clean === '' ? undefined : clean;
}

/** Adds a view at the top; a name already used is replaced, so names stay unique. */
export function addSavedView(
  views: readonly SavedView[],
  entry: { id: string; name: string; url: string },
): SavedView[] {
  const name = cleanName(entry.name);
  if (name === undefined || !isAppPath(entry.url)) return [...views];
  const others = views.filter((view) => view.name.toLowerCase() !== name.toLowerCase());
  return [{ id: entry.id, name, url: entry.url }, ...others].slice(0, MAX_SAVED_VIEWS);
}

export function renameSavedView(
  views: readonly SavedView[],
  id: string,
  name: string,
): SavedView[] {
  const clean = cleanName(name);
  if (clean === undefined) return [...views];
  return views
    .filter((view) => view.id === id || view.name.toLowerCase() !== clean.toLowerCase())
    .map((view) => (view.id === id ? { ...view, name: clean } : view));
}

export function deleteSavedView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((view) => view.id !== id);
}
