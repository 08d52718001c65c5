/** Splitting text around the matches of a search, for highlighting. */

export interface TextPart {
  text: string;
  isMatch: boolean;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matcher(query: string): RegExp | undefined {
  const needle = query.trim();
  return needle ? new RegExp(escapeRegExp(needle), 'giu') : undefined;
}

/** `text` in parts, the case-insensitive matches of `query` marked; one part when nothing matches. */
export function splitMatches(text: string, query: string): TextPart[] {
  const pattern = matcher(query);
  if (!pattern) return [{ text, isMatch: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), isMatch: false });
    parts.push({ text: match[0], isMatch: true });
    last = start + match[0].length;
  }
  if (last < text.length || parts.length === 0)
    parts.push({ text: text.slice(last), isMatch: false });
  return parts;
}

/** How many times `query` occurs in `texts`, case-insensitively. */
export function countMatches(texts: readonly string[], query: string): number {
  const pattern = matcher(query);
  if (!pattern) return 0;
  return texts.reduce((total, text) => total + [...text.matchAll(pattern)].length, 0);
}
