import fc from 'fast-check';
import qs from 'qs';
import { describe, expect, it } from 'vitest';
import { READABLE_ENDPOINTS } from '../../contract/salesfinity.ts';
import {
  REP_RULES,
  checkRepResponse,
  couldSelectUsers,
  parameterLetters,
  scopeApiRequest,
} from './rep-scope.ts';
import type { Principal } from './roles.ts';

const OWN = '64b7f0c2a1d3e4f5a6b7c8d9';
const rep: Principal = { kind: 'rep', email: 'rep@example.com', name: null, userId: OWN };
const manager: Principal = { kind: 'manager', email: 'boss@example.com', name: null };

const hexId = fc.stringMatching(/^[0-9a-f]{24}$/);

/** Every way we know of to spell "these users" in a query string, before encoding. */
const USER_PARAMETER_NAMES = [
  'filters[user_ids][]',
  'filters[user_ids]',
  'filters[user_ids][0]',
  'filters[user_ids][7]',
  'filters[user_id]',
  'filters[userIds][]',
  'filters.user_ids',
  'filters.user_ids[]',
  'user_ids[]',
  'user_ids',
  'user_id',
  'userId',
  'filters[user][_id]',
  'filters[users]',
  'filters',
  'filters[]',
];

/** How a name reaches us: raw, percent-encoded once or twice, upper- or mixed-case, `+` for `_`. */
const spelledName = fc
  .tuple(
    fc.constantFrom(...USER_PARAMETER_NAMES),
    fc.constantFrom('raw', 'brackets-encoded', 'all-encoded', 'double-encoded'),
    fc.constantFrom('lower', 'upper', 'mixed'),
  )
  .map(([name, encoding, casing]) => {
    const cased =
      casing === 'upper'
        ? name.toUpperCase()
        : casing === 'mixed'
          ? name.replace(/./g, (c, i: number) => (i % 2 ? c.toUpperCase() : c))
          : name;
    if (encoding === 'brackets-encoded') return cased.replace(/\[/g, '%5B').replace(/\]/g, '%5D');
    if (encoding === 'all-encoded') {
      return cased.replace(/./g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    }
    if (encoding === 'double-encoded') return encodeURIComponent(encodeURIComponent(cased));
    return cased;
  });

const userPair = fc.tuple(spelledName, hexId).map(([name, id]) => `${name}=${id}`);

/** Parameters a rep may use freely, which must reach the upstream exactly as sent. */
const benignPair = fc
  .tuple(
    fc.constantFrom(
      'limit',
      'page',
      'sort',
      'filters[outcome]',
      'filters%5Bsearch%5D',
      'filters[disposition_ids][]',
      'filters[min_duration]',
      'start_date',
      'timezone',
    ),
    fc.stringMatching(/^[A-Za-z0-9%-]{0,12}$/),
  )
  .map(([name, value]) => `${name}=${value}`);

const taggedPairs = fc.array(
  fc.oneof(
    benignPair.map((pair) => ({ pair, benign: true })),
    userPair.map((pair) => ({ pair, benign: false })),
  ),
  { maxLength: 12 },
);

/** Every path in a parsed query object whose name mentions users. */
function userPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = path === '' ? key : `${path}.${key}`;
    return [
      ...(key
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .includes('user')
        ? [here]
        : []),
      ...userPaths(inner, here),
    ];
  });
}

function forwarded(endpoint: Parameters<typeof scopeApiRequest>[0], query: string, who: Principal) {
  const decision = scopeApiRequest(endpoint, query, who);
  if (decision.kind !== 'forward') throw new Error(`${endpoint} was refused`);
  return decision;
}

describe('scopeApiRequest for a rep', () => {
  it('call-log: whatever the spelling, the upstream (qs, as Express and Nest parse) sees only their own id', () => {
    fc.assert(
      fc.property(taggedPairs, (pairs) => {
        const query = pairs.map(({ pair }) => pair).join('&');
        const { query: sent } = forwarded('call-log', query, rep);
        for (const options of [{}, { allowDots: true }, { depth: 20, allowDots: true }]) {
          const parsed = qs.parse(sent, options);
          expect(parsed.filters).toMatchObject({ user_ids: [OWN] });
          expect(userPaths(parsed)).toEqual(['filters.user_ids']);
        }
        const named = [...new URLSearchParams(sent)].filter(([name]) => couldSelectUsers(name));
        expect(named).toEqual([['filters[user_ids][]', OWN]]);
        // Nothing else is lost or changed, and the order is kept.
        const benign = pairs.filter(({ benign: isBenign }) => isBenign).map(({ pair }) => pair);
        expect(sent.split('&').slice(1)).toEqual(benign.filter((pair) => pair !== ''));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['analytics/overview', 'user_ids'],
    ['analytics/sdr-performance', 'user_ids'],
    ['analytics/list-performance', 'user_ids'],
  ] as const)('%s: the plain user_ids[] is theirs alone', (endpoint, key) => {
    fc.assert(
      fc.property(taggedPairs, (pairs) => {
        const { query: sent } = forwarded(endpoint, pairs.map(({ pair }) => pair).join('&'), rep);
        const parsed = qs.parse(sent, { allowDots: true });
        expect(parsed[key]).toEqual([OWN]);
        expect(userPaths(parsed)).toEqual([key]);
      }),
      { numRuns: 100 },
    );
  });

  it('scored-calls: user_id is theirs alone', () => {
    fc.assert(
      fc.property(taggedPairs, (pairs) => {
        const { query: sent } = forwarded(
          'scored-calls',
          pairs.map(({ pair }) => pair).join('&'),
          rep,
        );
        const parsed = qs.parse(sent, { allowDots: true });
        expect(parsed.user_id).toBe(OWN);
        expect(userPaths(parsed)).toEqual(['user_id']);
      }),
      { numRuns: 100 },
    );
  });

  it('puts their id first, so a parser that stops after 1,000 parameters still sees it', () => {
    const padding = Array.from({ length: 1500 }, (_, index) => `filters[search]=${index}`);
    const query = [...padding, `filters[user_ids][]=${'a'.repeat(24)}`].join('&');
    const { query: sent } = forwarded('call-log', query, rep);
    expect(qs.parse(sent).filters).toMatchObject({ user_ids: [OWN] });
  });

  it('edge cases: no query, no user parameter, only user parameters', () => {
    expect(forwarded('call-log', '', rep).query).toBe(`filters[user_ids][]=${OWN}`);
    expect(forwarded('call-log', 'limit=5&page=2', rep).query).toBe(
      `filters[user_ids][]=${OWN}&limit=5&page=2`,
    );
    expect(
      forwarded('call-log', 'filters[user_ids][]=a&user_ids=b&filters%255Buser_ids%255D=c', rep)
        .query,
    ).toBe(`filters[user_ids][]=${OWN}`);
  });

  it('asks for the ownership checks on one call and on the team list', () => {
    expect(forwarded('call-log/:id', 'user_ids=x', rep)).toEqual({
      kind: 'forward',
      query: '',
      check: 'own-call',
    });
    expect(forwarded('team', '', rep).check).toBe('own-team');
    expect(forwarded('dispositions', 'category=positive', rep)).toEqual({
      kind: 'forward',
      query: 'category=positive',
      check: 'none',
    });
  });

  it('has a rule for every endpoint the proxy forwards', () => {
    for (const endpoint of READABLE_ENDPOINTS) expect(REP_RULES).toHaveProperty([endpoint]);
  });
});

describe('scopeApiRequest for a manager and for open access', () => {
  it('forwards every query unchanged, byte for byte', () => {
    fc.assert(
      fc.property(taggedPairs, fc.constantFrom(...READABLE_ENDPOINTS), (pairs, endpoint) => {
        const query = pairs.map(({ pair }) => pair).join('&');
        expect(scopeApiRequest(endpoint, query, manager)).toEqual({
          kind: 'forward',
          query,
          check: 'none',
        });
        expect(scopeApiRequest(endpoint, query, { kind: 'open' })).toEqual({
          kind: 'forward',
          query,
          check: 'none',
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('parameterLetters', () => {
  it.each([
    ['filters%5Buser_ids%5D%5B%5D', 'filtersuserids'],
    ['filters%255Buser_ids%255D', 'filtersuserids'],
    ['FILTERS[USER+IDS]', 'filtersuserids'],
    ['%66%69%6c%74%65%72%73', 'filters'],
    ['filters%ZZuser', 'filterszzuser'],
  ])('reads %s as %s', (raw, letters) => {
    expect(parameterLetters(raw)).toBe(letters);
  });
});

describe('checkRepResponse', () => {
  const call = (userId: string) => ({
    _id: 'c1',
    user: { _id: userId },
    transcription: 'a\u0001b',
  });
  const body = (value: unknown) => Buffer.from(JSON.stringify(value));

  it('passes their own call, bare or wrapped, byte for byte', () => {
    const own = body({ data: call(OWN) });
    expect(checkRepResponse('own-call', own, OWN)).toEqual({ kind: 'pass', body: own });
    expect(checkRepResponse('own-call', body(call(OWN)), OWN).kind).toBe('pass');
  });

  it("answers another rep's call, or one without a rep, as not found", () => {
    expect(checkRepResponse('own-call', body({ data: call('other') }), OWN).kind).toBe('not-found');
    expect(checkRepResponse('own-call', body({ data: { _id: 'c1' } }), OWN).kind).toBe('not-found');
  });

  it('reads a call with raw control characters in its transcript (contract quirk 1)', () => {
    const raw = Buffer.from(
      `{"data":{"_id":"c1","user":{"_id":"${OWN}"},"transcription":"a\u0007b"}}`,
    );
    expect(checkRepResponse('own-call', raw, OWN).kind).toBe('pass');
  });

  it('refuses to pass what it cannot read', () => {
    expect(checkRepResponse('own-call', Buffer.from('<html>'), OWN).kind).toBe('unreadable');
    expect(checkRepResponse('own-team', Buffer.from('{"name":"x"}'), OWN).kind).toBe('unreadable');
  });

  it('cuts the team list down to them, bare or wrapped', () => {
    const team = {
      _id: 't',
      name: 'Sales',
      users: [
        { user: { _id: 'other', email: 'o@example.com' }, status: 'active' },
        { user: { _id: OWN, email: 'rep@example.com' }, status: 'active' },
      ],
    };
    for (const shape of [team, { data: team }]) {
      const checked = checkRepResponse('own-team', body(shape), OWN);
      if (checked.kind !== 'pass') throw new Error('expected a pass');
      const parsed: unknown = JSON.parse(checked.body.toString());
      const users =
        'data' in shape
          ? (parsed as { data: typeof team }).data.users
          : (parsed as typeof team).users;
      expect(users.map((member) => member.user._id)).toEqual([OWN]);
    }
  });
});
