import fc from 'fast-check';
import { createRequestLimit } from '@/lib/request-limit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiError, createApiClient } from '@/lib/api-client';
import { sendText, startTestServer } from '@/lib/testing/test-server';
import type { TestServer } from '@/lib/testing/test-server';
import type { CallLogQuery } from './call-log-query';
import { fetchCallPage } from './call-log';

/**
 * Bodies the real service (or something in front of it) might send, generated, and read through
 * the whole client path: platform fetch → text → lenient JSON → envelope → per-row schema.
 */

const query: CallLogQuery = {
  page: 1,
  limit: 10,
  sort: { field: 'createdAt', direction: 'desc' },
  filters: {},
};

const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code));
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...CONTROL, 'a', '"', '\\', '<', '>'), maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    ' https://x.test/a.wav',
    'not-a-date',
    'answered-by-a-robot',
  ),
  // Very long strings: a transcript of a long call, or garbage.
  fc.integer({ min: 10_000, max: 100_000 }).map((n) => 'x'.repeat(n)),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(fc.integer(), nastyString), { maxLength: 3 }),
  fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.integer(), nastyString, fc.constant(null)),
    {
      maxKeys: 4,
    },
  ),
);

/** Values of the right shape, so some fields survive and the per-field checks below see them. */
const plausibleValue: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.constantFrom('https://rec.example.com/a.wav', 'answered', 'human', 'outbound'),
  fc.nat({ max: 7_200 }),
  fc.boolean(),
);

const FIELDS = [
  'call_id',
  'outcome',
  'direction',
  'answered_by',
  'duration',
  'to',
  'from',
  'disposition',
  'contact',
  'contact_list',
  'user',
  'recording_url',
  'notes',
  'transcription',
  'summary',
  'is_completed',
  'started_at',
  'ended_at',
  'createdAt',
  'updatedAt',
] as const;

/** A record with any subset of the fields, each of any type; `_id` usually usable. */
const wildRecord = fc
  .record({
    id: fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[a-f0-9]{24}$/) },
      fc.constant(undefined),
      anyValue,
    ),
    fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(anyValue, plausibleValue), {
      maxKeys: FIELDS.length,
    }),
    unknown: fc.dictionary(fc.string({ maxLength: 10 }), anyValue, { maxKeys: 2 }),
  })
  .map(({ id, fields, unknown }) => ({
    ...unknown,
    ...fields,
    ...(id === undefined ? {} : { _id: id }),
  }));
const wildRow = fc.oneof({ weight: 8, arbitrary: wildRecord }, anyValue);

/** JSON with chosen escapes turned back into the raw control characters the service sends. */
function withRawControlCharacters(json: string): string {
  return json.replace(
    /(?<!\\)((?:\\\\)*)\\(u00[01][0-9a-f]|n|t|r|b|f)/g,
    (_, slashes: string, escape: string) => {
      const raw = escape.startsWith('u')
        ? String.fromCharCode(parseInt(escape.slice(1), 16))
        : ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[escape] ?? '');
      return `${slashes}${raw}`;
    },
  );
}

const usableBody = fc
  .record({
    rows: fc.array(wildRow, { maxLength: 12 }),
    pagination: fc.oneof(
      fc.constant(undefined),
      anyValue,
      fc.record(
        { total: anyValue, page: anyValue, limit: anyValue, next: anyValue },
        { requiredKeys: [] },
      ),
    ),
    isRaw: fc.boolean(),
  })
  .map(({ rows, pagination, isRaw }) => {
    const json = JSON.stringify({
      data: rows,
      ...(pagination === undefined ? {} : { pagination }),
    });
    return { rows, text: isRaw ? withRawControlCharacters(json) : json };
  });

const HTML_ERROR_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

/** Bodies with nothing usable in them, answered with status 200. */
const unusableBody = fc.oneof(
  fc.constant(''),
  fc.constant('   \n'),
  fc.constant(HTML_ERROR_PAGE),
  fc.constantFrom('null', '[]', '{}', '"data"', '42', '{"data":null}', '{"data":{"_id":"a"}}'),
  usableBody.chain(({ text }) =>
    // Cut anywhere before the final `}`: the connection closed mid-body.
    fc.integer({ min: 0, max: Math.max(0, text.length - 2) }).map((end) => text.slice(0, end)),
  ),
  nastyString.filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  }),
);

let server: TestServer;
let nextBody = '';

beforeAll(async () => {
  server = await startTestServer((_request, response) => {
    sendText(response, 200, nextBody, { 'content-type': 'application/json' });
  });
});

afterAll(async () => {
  await server.close();
});

function client() {
  return createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) }).get;
}

function isGap(value: unknown, type: 'string' | 'number' | 'boolean' | 'object'): boolean {
  return value === undefined || typeof value === type;
}

describe('call-log bodies nobody should send', () => {
  test('any body with a data list gives rows (with gaps), never a crash', async () => {
    const get = client();
    const kept = { started_at: 0, recording_url: 0 };
    await fc.assert(
      fc.asyncProperty(usableBody, async ({ rows, text }) => {
        nextBody = text;
        const page = await fetchCallPage(query, undefined, get);
        const ids = rows
          .map((row) =>
            typeof row === 'object' && row !== null && '_id' in row ? row._id : undefined,
          )
          .filter((id): id is string => typeof id === 'string' && id.trim() !== '');
        expect(page.rows.map((row) => row._id)).toEqual([...new Set(ids)]);
        expect(page.rows.length + page.droppedRows).toBe(rows.length);
        for (const row of page.rows) {
          // Each field is either absent (a gap in the table) or of the type the UI formats.
          expect(isGap(row.outcome, 'string')).toBe(true);
          expect(isGap(row.duration, 'number')).toBe(true);
          expect(isGap(row.is_completed, 'boolean')).toBe(true);
          expect(isGap(row.contact, 'object')).toBe(true);
          expect(isGap(row.notes, 'string')).toBe(true);
          if (row.started_at !== undefined) {
            kept.started_at += 1;
            expect(Date.parse(row.started_at)).not.toBeNaN();
          }
          if (row.recording_url !== undefined) {
            kept.recording_url += 1;
            expect(row.recording_url).toMatch(/^https?:\/\//);
          }
        }
        expect(page.page).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
    // The generated rows reached the checks of fields that survive, not only the gaps.
    expect(kept.started_at).toBeGreaterThan(0);
    expect(kept.recording_url).toBeGreaterThan(0);
  }, 60_000);

  test('a body with nothing usable is a malformed-response error, never anything else', async () => {
    const get = client();
    await fc.assert(
      fc.asyncProperty(unusableBody, async (text) => {
        nextBody = text;
        const error: unknown = await fetchCallPage(query, undefined, get).then(
          () => new Error(`resolved for ${JSON.stringify(text.slice(0, 80))}`),
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(ApiError);
        expect(error instanceof ApiError && error.kind).toBe('malformed');
        expect(error instanceof ApiError && error.message).toMatch(/could not read/);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
