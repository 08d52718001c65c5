import { parseLenientJson } from '../../contract/lenient-json.ts';
import type { ReadableEndpoint } from '../../contract/salesfinity.ts';
import type { Principal } from './roles.ts';

/**
 * What the proxy does with one API request for one principal. Managers (and open access) pass
 * unchanged. A rep's request is narrowed to their own user id on the server, whatever the browser
 * sent: the UI hiding the rep filter is a convenience, this is the rule.
 */
export type ScopeDecision =
  | { kind: 'forward'; query: string; check: ResponseCheck }
  /** The endpoint has no rule for reps: refused rather than forwarded whole. */
  | { kind: 'deny' };

/**
 * What must hold of the upstream's answer before a rep sees it: `own-call`, the call is theirs
 * (otherwise 404); `own-team`, the team list is cut down to them.
 */
export type ResponseCheck = 'none' | 'own-call' | 'own-team';

interface RepRule {
  /** The parameter that carries the user filter on this endpoint, set to the rep's own id. */
  userParam?: string;
  check?: ResponseCheck;
}

/**
 * Every endpoint the proxy forwards has a rule here (the type makes adding an endpoint without one
 * a compile error).
 */
export const REP_RULES: Readonly<Record<ReadableEndpoint, RepRule>> = {
  'call-log': { userParam: 'filters[user_ids][]' },
  'call-log/:id': { check: 'own-call' },
  dispositions: {},
  team: { check: 'own-team' },
  // Sequences and lists are the filter options, the same for the whole team; no calls in them.
  sequences: {},
  'sequences/:id': {},
  'contact-lists': {},
  'analytics/overview': { userParam: 'user_ids[]' },
  'analytics/sdr-performance': { userParam: 'user_ids[]' },
  'analytics/list-performance': { userParam: 'user_ids[]' },
  'scored-calls': { userParam: 'user_id' },
};

const PERCENT_BYTE = /%([0-9a-f]{2})/gi;
const MAX_DECODE_ROUNDS = 5;

/**
 * A parameter name as any server might come to read it: `+` as a space, percent-escapes undone
 * again and again (a double-encoded bracket is still a bracket to a server that decodes twice),
 * lower-cased, and reduced to its letters, so `FILTERS%5Buser_ids%5D`, `filters.userIds`,
 * `filters[user-ids]` and `user_ids` all read as something containing `user`.
 */
export function parameterLetters(rawName: string): string {
  let name = rawName.replace(/\+/g, ' ');
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    const decoded = name.replace(PERCENT_BYTE, (_match, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (decoded === name) break;
    name = decoded;
  }
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * True for a parameter that could select users: any name containing `user`, and the bare
 * `filters` object (`filters=…`, `filters[]=…`), which some query parsers would read whole.
 */
export function couldSelectUsers(rawName: string): boolean {
  const letters = parameterLetters(rawName);
  return letters.includes('user') || letters === 'filters';
}

function parameterName(pair: string): string {
  const equals = pair.indexOf('=');
  return equals === -1 ? pair : pair.slice(0, equals);
}

export function scopeApiRequest(
  endpoint: ReadableEndpoint,
  query: string,
  principal: Principal,
): ScopeDecision {
  if (principal.kind !== 'rep') return { kind: 'forward', query, check: 'none' };
  const rule = REP_RULES[endpoint] as RepRule | undefined;
  if (rule === undefined) return { kind: 'deny' };
  // Everything else is kept byte for byte, in order; every spelling of a user filter goes.
  const kept = query
    .split('&')
    .filter((pair) => pair !== '' && !couldSelectUsers(parameterName(pair)));
  // First, not last: a parser that stops after N parameters (qs: 1,000) must still see it.
  const own =
    rule.userParam === undefined
      ? []
      : [`${rule.userParam}=${encodeURIComponent(principal.userId)}`];
  return { kind: 'forward', query: [...own, ...kept].join('&'), check: rule.check ?? 'none' };
}

export type CheckedBody =
  | { kind: 'pass'; body: Buffer }
  /** Not the rep's: answered as if it did not exist. */
  | { kind: 'not-found' }
  /** The answer cannot be read, so it cannot be checked: nothing of it is passed on. */
  | { kind: 'unreadable' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownerId(call: unknown): unknown {
  return isRecord(call) && isRecord(call.user) ? call.user._id : undefined;
}

/** `{ users: [...] }`, bare or in `data` (contract), cut down to the member with `userId`. */
function keepOnlyMember(team: unknown, userId: string): unknown {
  if (!isRecord(team)) return undefined;
  if (isRecord(team.data)) {
    const inner = keepOnlyMember(team.data, userId);
    return inner === undefined ? undefined : { ...team, data: inner };
  }
  if (!Array.isArray(team.users)) return undefined;
  const users: unknown[] = team.users;
  return {
    ...team,
    users: users.filter((member) => isRecord(member) && ownerId(member) === userId),
  };
}

/**
 * Applies a rep's `ResponseCheck` to a successful upstream body (2xx). `own-call`: the call's
 * `user._id` must be theirs (the body is the call, bare or in `data`). `own-team`: the team list
 * keeps only them.
 */
export function checkRepResponse(check: ResponseCheck, body: Buffer, userId: string): CheckedBody {
  if (check === 'none') return { kind: 'pass', body };
  let parsed: unknown;
  try {
    parsed = parseLenientJson(body.toString('utf8'));
  } catch {
    return { kind: 'unreadable' };
  }
  if (check === 'own-call') {
    const call = isRecord(parsed) && isRecord(parsed.data) ? parsed.data : parsed;
    return ownerId(call) === userId ? { kind: 'pass', body } : { kind: 'not-found' };
  }
  const team = keepOnlyMember(parsed, userId);
  return team === undefined
    ? { kind: 'unreadable' }
    : { kind: 'pass', body: Buffer.from(JSON.stringify(team)) };
}
