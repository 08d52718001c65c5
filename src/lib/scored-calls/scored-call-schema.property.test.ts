import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullScoredCallRecord } from '@/lib/testing/scored-call-record';
import { scoredCallSchema } from './scored-call-schema';

/**
 * The contract: "Any part of `insight` may be missing on a record: render the rest." Whatever is
 * taken out of a full record (left out or sent as null), the record still parses, keeps its `_id`
 * and everything else, and what was taken out reads as undefined (never 0 or an empty list).
 */

type Path = readonly string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every key path below an object (not into arrays): parts, sub-parts and single values. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, key];
    return [path, ...pathsOf(child, path)];
  });
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** Takes `path` out of `record` in place; a path whose parent is gone already is a no-op. */
function takeOut(record: unknown, path: Path, asNull: boolean): void {
  const parent = valueAt(record, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isObject(parent) || key === undefined || !(key in parent)) return;
  if (asNull) parent[key] = null;
  else Reflect.deleteProperty(parent, key);
}

/** The one field whose null means something ("no vendor came up"), so it is kept as null. */
const NULL_KEPT = 'insight.lead.current_vendor';

/** The record as the schema should give it back: what was sent as null is simply absent. */
function withoutNulls(value: unknown, at = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => child !== null || `${at}${key}` === NULL_KEPT)
      .map(([key, child]) => [key, withoutNulls(child, `${at}${key}.`)]),
  );
}

const isCallId = (path: Path) => path.length === 2 && path[0] === 'call_log' && path[1] === '_id';

// The record's `_id` is required; so is the call's, since a call without one cannot be opened
// (its own example below).
const INSIGHT_PATHS = pathsOf(fullScoredCallRecord()).filter(
  (path) => path[0] !== '_id' && !isCallId(path),
);

const removals = fc.uniqueArray(
  fc.record({ path: fc.constantFrom(...INSIGHT_PATHS), asNull: fc.boolean() }),
  { selector: (removal) => removal.path.join('.'), minLength: 1, maxLength: 12 },
);

describe('scoredCallSchema', () => {
  it('reads a full record as it is', () => {
    expect(scoredCallSchema.parse(fullScoredCallRecord())).toEqual(fullScoredCallRecord());
  });

  it('keeps _id and all that is left when any parts of a record are missing', () => {
    fc.assert(
      fc.property(removals, (taken) => {
        const record: unknown = fullScoredCallRecord();
        for (const { path, asNull } of taken) takeOut(record, path, asNull);

        const parsed = scoredCallSchema.parse(record);

        expect(parsed._id).toBe('score-1');
        expect(parsed).toEqual(withoutNulls(record));
        for (const { path, asNull } of taken) {
          const key = path.join('.');
          // Its null survives unless a part that holds it was taken out too.
          const isHeld = taken.some(
            (other) =>
              other.path.length < path.length && key.startsWith(`${other.path.join('.')}.`),
          );
          const kept = asNull && key === NULL_KEPT && !isHeld ? null : undefined;
          expect(valueAt(parsed, path)).toBe(kept);
        }
      }),
    );
  });

  it('drops a call without an _id whole, and keeps the score', () => {
    const record = fullScoredCallRecord();
    const { _id: _callId, ...callWithoutId } = record.call_log;
    const parsed = scoredCallSchema.parse({ ...record, call_log: callWithoutId });
    expect(parsed.call_log).toBeUndefined();
    expect(parsed.insight).toEqual(record.insight);
  });

  it.each([
    ['no insight at all', ['insight']],
    ['no facets', ['insight', 'facets']],
    ['one facet without its score', ['insight', 'facets', 'pitch', 'score']],
    ['no talk/listen ratio', ['insight', 'metadata', 'talk_listen_ratio_rep']],
    ['no decision-maker flag', ['insight', 'lead', 'is_decision_maker']],
  ])('%s: the part is undefined, the rest intact', (_name, path) => {
    const record: unknown = fullScoredCallRecord();
    takeOut(record, path, false);
    const parsed = scoredCallSchema.parse(record);
    expect(valueAt(parsed, path)).toBeUndefined();
    expect(parsed).toEqual(record);
  });
});
