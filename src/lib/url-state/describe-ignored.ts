import type { IgnoredParam } from './view-params';

const MAX_SHOWN = 5;
const MAX_TEXT_CHARS = 40;

/** Short, printable, and cut on code points so an emoji is never split in half. */
function shorten(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not print
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  const chars = Array.from(printable);
  return chars.length > MAX_TEXT_CHARS ? `${chars.slice(0, MAX_TEXT_CHARS).join('')}…` : printable;
}

/** One ignored parameter as the user wrote it, and why: `limit=500 (“limit” must be …)`. */
export function describeIgnoredParam({ key, value, reason }: IgnoredParam): string {
  const written = value === '' ? shorten(key) : `${shorten(key)}=${shorten(value)}`;
  return `${written} (${reason})`;
}

/**
 * The notice text for everything parsing ignored, or "" when nothing was. Lists the first few:
 * a hostile link can carry thousands.
 */
export function describeIgnored(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const shown = ignored.slice(0, MAX_SHOWN).map(describeIgnoredParam).join('; ');
  const more = ignored.length - MAX_SHOWN;
  const parts = ignored.length === 1 ? 'one part' : `${ignored.length} parts`;
  return `Ignored ${parts} of the link: ${shown}${more > 0 ? `; and ${more} more` : ''}.`;
}
