import type { UnparseConfig } from 'papaparse';
import type { CsvValue } from './csv-record';

/** papaparse's `unparse`, passed in so the library can load lazily (and tests use it directly). */
export type Unparse = (data: CsvValue[][], config: UnparseConfig) => string;

/** Rows written between two yields to the event loop: a few milliseconds of work each. */
export const CSV_CHUNK_ROWS = 2_000;

/**
 * Cells a spreadsheet would run as a formula get a leading `'` (OWASP "CSV injection"). A leading
 * `+` or `-` is left alone when the rest is a phone number or a number, which the data is full of.
 */
export const FORMULA_PATTERN = /^(?:[=@\t\r]|[+-](?![\d\s().-]*$))/;

const CRLF = '\r\n';

/** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function csvConfig(): UnparseConfig {
  return { header: false, newline: CRLF, quotes: false, escapeFormulae: FORMULA_PATTERN };
}

const yieldToEventLoop = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Writes the CSV a chunk of rows at a time, yielding between chunks so fifty thousand rows do not
 * freeze the page. Returns the pieces in order (a `Blob` takes them as they are); throws the
 * signal's reason when cancelled between chunks.
 */
export async function buildCsvParts(
  unparse: Unparse,
  header: string[],
  records: readonly CsvValue[][],
  options: { signal?: AbortSignal; chunkRows?: number } = {},
): Promise<string[]> {
  const chunkRows = options.chunkRows ?? CSV_CHUNK_ROWS;
  const parts = [unparse([header], csvConfig())];
  for (let start = 0; start < records.length; start += chunkRows) {
    options.signal?.throwIfAborted();
    // Each chunk starts on a new line: the previous one ends without a line break.
    parts.push(CRLF + unparse(records.slice(start, start + chunkRows), csvConfig()));
    if (start + chunkRows < records.length) await yieldToEventLoop();
  }
  parts.push(CRLF);
  return parts;
}
