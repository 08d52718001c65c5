import { z } from 'zod/mini';

/**
 * Building blocks for schemas of what the real service sends: a field that is missing, null or of
 * the wrong type becomes undefined instead of failing the whole record (contract, quirk 2).
 */
export function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

/** Parses each item on its own: the valid ones, and how many were dropped. */
export function parseEach<T extends z.ZodMiniType>(
  schema: T,
  items: readonly unknown[],
): { valid: z.output<T>[]; dropped: number } {
  const valid: z.output<T>[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
  }
  return { valid, dropped: items.length - valid.length };
}

/** An array whose bad entries are dropped one by one; not an array at all becomes undefined. */
export function lenientArray<T extends z.ZodMiniType>(schema: T) {
  return lenient(
    z.pipe(
      z.array(z.unknown()),
      z.transform((items: unknown[]) => parseEach(schema, items).valid),
    ),
  );
}

/** Text with something in it. Enum-like values use it: kept as received, known or not, so the UI
 * can show what arrived; a blank one means absent. */
export const nonBlankString = z.string().check(z.refine((value) => value.trim() !== ''));

/** Ids are keys: a blank one is as good as none. */
export const idString = nonBlankString;

/** A timestamp the UI can format; anything `Date` cannot read is treated as absent. */
export const dateTimeString = z
  .string()
  .check(z.refine((value) => !Number.isNaN(Date.parse(value))));

export const nonNegativeNumber = z.number().check(z.nonnegative());
export const nonNegativeInt = z.int().check(z.nonnegative());

/**
 * Only absolute http(s) URLs may reach an `<audio>` or `<a>` (contract, quirk 5): `javascript:`,
 * `data:`, relative paths and garbage are rejected. Yields the parsed `href`, so what is rendered is
 * exactly what was checked.
 */
export const httpUrlString = z.pipe(
  z.string(),
  z.transform((value: string, context) => {
    const url = toHttpUrl(value);
    if (url) return url.href;
    context.issues.push({ code: 'custom', message: 'Not an absolute http(s) URL', input: value });
    return z.NEVER;
  }),
);

function toHttpUrl(value: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/** Narrows a string received from the service to one of the values the contract names. */
export function isOneOf<const T extends string>(
  values: readonly T[],
  value: string | undefined,
): value is T {
  return values.some((known) => known === value);
}

/** Keeps the first record for each key: a repeated id cannot key a row or an option twice. */
export function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
