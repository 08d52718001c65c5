import { DEFAULT_DISPOSITIONS } from '../contract/salesfinity.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord } from './call-record.ts';
import { startSimulator } from './index.ts';
import type { RunningSimulator } from './index.ts';
import { TEST_KEY, TEST_NOW, fetchAllCalls, getJson } from './test-helpers.ts';
import type { CallPageBody } from './test-helpers.ts';

/** Everything but the call list's filters: auth, errors, the small endpoints, analytics over HTTP. */

let running: RunningSimulator;
let url: string;
let all: CallRecord[];

beforeAll(async () => {
  running = await startSimulator({ calls: 2000, seed: 11, now: TEST_NOW, apiKey: TEST_KEY });
  url = running.url;
  all = (await fetchAllCalls(url)).calls;
});

afterAll(async () => {
  await running.close();
});

interface ErrorBody {
  statusCode: number;
  message: string;
  error: string;
}

async function expectError(
  path: string,
  status: number,
  messagePart: string | RegExp,
  init: Parameters<typeof getJson>[2] = {},
) {
  const response = await getJson<ErrorBody>(url, path, init);
  expect(response.status, path).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.body.statusCode).toBe(status);
  expect(response.body.message).toMatch(messagePart);
  return response;
}

describe('authentication', () => {
  it('answers 401 without a key, on every endpoint', async () => {
    for (const path of ['/v1/call-log', '/v1/team', '/v1/dispositions', '/v1/users', '/']) {
      const { body } = await expectError(path, 401, 'Unauthorized', { key: null });
      expect(body).toEqual({ statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' });
    }
  });
  it('answers 401 with a wrong key, including one that only differs in length', async () => {
    await expectError('/v1/call-log', 401, 'Unauthorized', { key: 'wrong-key' });
    await expectError('/v1/call-log', 401, 'Unauthorized', { key: `${TEST_KEY}x` });
  });
});

describe('400: parameters outside the contract, each named in the message', () => {
  const cases: [string, RegExp][] = [
    ['limit=0', /^limit must be an integer from 1 to 100$/],
    ['limit=101', /^limit/],
    ['limit=2.5', /^limit/],
    ['limit=ten', /^limit/],
    ['limit=', /^limit/],
    ['page=0', /^page must be an integer of at least 1$/],
    ['page=-1', /^page/],
    ['page=1.5', /^page/],
    ['sort=name', /^sort must be one of createdAt, updatedAt, started_at, ended_at, duration/],
    ['sort=--duration', /^sort/],
    [
      'filters[outcome]=voicemail',
      /^filters\[outcome\] must be one of answered, no-answer, cancelled$/,
    ],
    ['filters[direction]=sideways', /^filters\[direction\]/],
    ['filters[answered_by]=robot', /^filters\[answered_by\]/],
    ['filters[start_date]=yesterday', /^filters\[start_date\] must be an ISO 8601 date/],
    ['filters[end_date]=2025-02-30', /^filters\[end_date\]/],
    ['filters[start_date]=2025-06-01T25:00:00Z', /^filters\[start_date\]/],
    ['filters[min_duration]=-1', /^filters\[min_duration\] must be a number of at least 0$/],
    ['filters[max_duration]=abc', /^filters\[max_duration\]/],
    ['filters[has_recording]=yes', /^filters\[has_recording\] must be true or false$/],
    ['filters[is_completed]=1', /^filters\[is_completed\]/],
    ['filters[exclude_negative_dispositions]=TRUE', /^filters\[exclude_negative_dispositions\]/],
    ['filters[disposition_ids][]=1.5', /^filters\[disposition_ids\] must contain only integers/],
    ['filters[disposition_ids][]=meeting', /^filters\[disposition_ids\]/],
    ['filters[disposition_ids][]=0', /^filters\[disposition_ids\]/],
    ['filters[outcome][]=answered', /^filters\[outcome\] must be given once/],
    ['filters[outcome]=answered&filters[outcome]=cancelled', /^filters\[outcome\]/],
    ['filters[to][]=abc', /^filters\[to\]/],
  ];
  for (const [query, message] of cases) {
    it(query, async () => {
      const { body } = await expectError(`/v1/call-log?${query}`, 400, message);
      expect(body.error).toBe('Bad Request');
    });
  }
  it('also on the small endpoints', async () => {
    await expectError('/v1/dispositions?is_custom=maybe', 400, /^is_custom must be true or false$/);
    await expectError('/v1/dispositions?category=happy', 400, /^category must be one of positive/);
    await expectError('/v1/sequences?limit=101', 400, /^limit/);
    await expectError('/v1/contact-lists?limit=0', 400, /^limit/);
    await expectError(
      '/v1/contact-lists?sort=size',
      400,
      /^sort must be one of createdAt, -createdAt, name, -name$/,
    );
  });
});

describe('404 and 405', () => {
  it('unknown paths, including /v1/users', async () => {
    await expectError('/v1/users', 404, 'Cannot GET /v1/users');
    await expectError('/v1/call-logs', 404, /call-logs/);
    await expectError('/v2/call-log', 404, /v2/);
  });
  it('unknown ids', async () => {
    await expectError('/v1/call-log/507f1f77bcf86cd799439011', 404, /507f1f77bcf86cd799439011/);
    await expectError('/v1/call-log/not-an-id', 404, /not-an-id/);
    await expectError('/v1/sequences/seq_00000', 404, /seq_00000/);
    await expectError('/v1/call-log/%zz', 404, /%zz/);
  });
  it('methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await expectError('/v1/call-log', 405, new RegExp(method), { method });
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });
  it('/__simulator/knobs does not exist unless admin is on', async () => {
    await expectError('/__simulator/knobs', 404, /knobs/);
  });
});

describe('HEAD', () => {
  it('answers with the GET headers and no body', async () => {
    const get = await fetch(`${url}/v1/call-log?limit=5`, { headers: { 'x-api-key': TEST_KEY } });
    const getLength = (await get.arrayBuffer()).byteLength;
    const head = await fetch(`${url}/v1/call-log?limit=5`, {
      method: 'HEAD',
      headers: { 'x-api-key': TEST_KEY },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(head.headers.get('content-length'))).toBe(getLength);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });
});

describe('GET /v1/dispositions', () => {
  interface Disposition {
    _id: string;
    id: number;
    name: string;
    is_custom: boolean;
    is_required: boolean;
    category: string;
  }
  it('lists the 14 defaults and the custom ones', async () => {
    const { body } = await getJson<{ data: Disposition[] }>(url, '/v1/dispositions');
    const defaults = body.data.filter((d) => !d.is_custom);
    expect(defaults.map(({ id, name, category }) => ({ id, name, category }))).toEqual(
      DEFAULT_DISPOSITIONS,
    );
    const custom = body.data.filter((d) => d.is_custom);
    expect(custom.length).toBeGreaterThanOrEqual(2);
    expect(custom.every((d) => d.id > 14)).toBe(true);
    for (const d of body.data) expect(d._id).toMatch(/^[0-9a-f]{24}$/);
  });
  it('filters by is_custom and category', async () => {
    const custom = await getJson<{ data: Disposition[] }>(url, '/v1/dispositions?is_custom=true');
    expect(custom.body.data.length).toBeGreaterThan(0);
    expect(custom.body.data.every((d) => d.is_custom)).toBe(true);
    const positive = await getJson<{ data: Disposition[] }>(
      url,
      '/v1/dispositions?category=positive&is_custom=false',
    );
    expect(positive.body.data.map((d) => d.id)).toEqual([1, 4, 6, 7, 8]);
  });
  it('every call disposition is one of them, with external_id and external_name', async () => {
    const { body } = await getJson<{ data: Disposition[] }>(url, '/v1/dispositions');
    const byId = new Map(body.data.map((d) => [d.id, d]));
    const dispositions = all.flatMap((call) => (call.disposition ? [call.disposition] : []));
    expect(dispositions.length).toBeGreaterThan(100);
    for (const disposition of dispositions) {
      expect(byId.get(disposition.internal_id)?.name).toBe(disposition.external_name);
      expect(disposition.external_id).toBe(String(disposition.internal_id));
    }
  });
});

describe('GET /v1/team', () => {
  interface Team {
    _id: string;
    name: string;
    users: {
      user: { _id: string; email: string; first_name: string; last_name: string };
      status: string;
      license: string;
    }[];
  }
  it('is unwrapped and lists about a dozen reps, whose ids are the calls’ users', async () => {
    const { body } = await getJson<Team>(url, '/v1/team');
    expect(body._id).toMatch(/^[0-9a-f]{24}$/);
    expect(body.name).not.toBe('');
    expect(body.users.length).toBeGreaterThanOrEqual(10);
    expect(body.users.length).toBeLessThanOrEqual(14);
    expect(body.users.filter((u) => u.status === 'active').length).toBeGreaterThanOrEqual(
      body.users.length - 1,
    );
    const ids = new Set(body.users.map((u) => u.user._id));
    expect(all.every((c) => c.user && ids.has(c.user._id))).toBe(true);
    for (const { user } of body.users) expect(user.email).toMatch(/^[a-z.]+@[a-z]+\.example$/);
  });
});

describe('GET /v1/sequences', () => {
  interface Sequence {
    id: string;
    name: string;
    first_used_at: string | null;
    last_used_at: string | null;
    total_calls: number;
  }
  interface SequencePage {
    data: Sequence[];
    pagination: { total: number; page: number; limit: number; pages: number; next: number | null };
  }
  it('lists 4 to 6 sequences whose totals and dates match the calls', async () => {
    const { body } = await getJson<SequencePage>(url, '/v1/sequences');
    expect(body.data.length).toBeGreaterThanOrEqual(4);
    expect(body.data.length).toBeLessThanOrEqual(6);
    expect(body.pagination).toEqual({
      total: body.data.length,
      page: 1,
      limit: 10,
      pages: 1,
      next: null,
    });
    for (const sequence of body.data) {
      expect(sequence.id).toMatch(/^seq_\d+$/);
      const calls = await fetchAllCalls(url, `filters[sequences][]=${sequence.id}`);
      expect(sequence.total_calls).toBe(calls.total);
      const starts = calls.calls.flatMap((c) => (c.started_at ? [c.started_at] : [])).sort();
      expect(sequence.first_used_at && sequence.first_used_at <= (starts[0] ?? '')).toBe(true);
      expect(sequence.last_used_at && sequence.last_used_at >= (starts.at(-1) ?? '')).toBe(true);
    }
  });
  it('pages and searches by name', async () => {
    const page2 = await getJson<SequencePage>(url, '/v1/sequences?limit=2&page=2');
    expect(page2.body.data).toHaveLength(2);
    expect(page2.body.pagination.limit).toBe(2);
    expect(page2.body.pagination.next).toBe(page2.body.pagination.pages > 2 ? 3 : null);
    const name = page2.body.data[0]?.name ?? '';
    const found = await getJson<SequencePage>(
      url,
      `/v1/sequences?search=${encodeURIComponent(name.slice(2, 9).toUpperCase())}`,
    );
    expect(found.body.data.map((s) => s.name)).toContain(name);
    expect(
      found.body.data.every((s) => s.name.toLowerCase().includes(name.slice(2, 9).toLowerCase())),
    ).toBe(true);
  });
  it('GET /v1/sequences/{id} wraps one sequence in data', async () => {
    const list = await getJson<SequencePage>(url, '/v1/sequences');
    const first = list.body.data[0];
    const { status, body } = await getJson<{ data: Sequence }>(
      url,
      `/v1/sequences/${first?.id ?? ''}`,
    );
    expect(status).toBe(200);
    expect(body.data).toEqual(first);
  });
});

describe('GET /v1/contact-lists', () => {
  interface ContactListPage {
    data: {
      _id: string;
      name: string;
      source: string;
      user: { _id: string };
      total_contacts: number;
      createdAt: string;
    }[];
    total: number;
    page: number;
    next: number | null;
  }
  it('lists 8 to 12 lists, newest first, with top-level total/page/next', async () => {
    const { body } = await getJson<ContactListPage>(url, '/v1/contact-lists?limit=100');
    expect(body.total).toBeGreaterThanOrEqual(8);
    expect(body.total).toBeLessThanOrEqual(12);
    expect(body.page).toBe(1);
    expect(body.next).toBeNull();
    const created = body.data.map((l) => l.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    for (const list of body.data) {
      expect(['csv', 'hubspot', 'salesforce', 'manual']).toContain(list.source);
      expect(list.total_contacts).toBeGreaterThan(0);
    }
  });
  it('sorts by name and pages', async () => {
    const byName = await getJson<ContactListPage>(url, '/v1/contact-lists?sort=name&limit=100');
    const names = byName.body.data.map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const page = await getJson<ContactListPage>(url, '/v1/contact-lists?sort=name&limit=3&page=2');
    expect(page.body.data.map((l) => l.name)).toEqual(names.slice(3, 6));
    expect(page.body.next).toBe(3);
  });
  it('every call list is one of them', async () => {
    const { body } = await getJson<ContactListPage>(url, '/v1/contact-lists?limit=100');
    const ids = new Map(body.data.map((l) => [l._id, l.name]));
    const callLists = all.flatMap((call) => (call.contact_list ? [call.contact_list] : []));
    expect(callLists.length).toBeGreaterThan(100);
    for (const list of callLists) expect(ids.get(list._id)).toBe(list.name);
  });
});

describe('analytics over HTTP', () => {
  const start = new Date(TEST_NOW.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  const end = new Date(TEST_NOW.getTime() - 86_400_000).toISOString().slice(0, 10);

  it('requires start_date and end_date, naming them', async () => {
    await expectError('/v1/analytics/overview', 400, /^start_date and end_date are required$/);
    await expectError(`/v1/analytics/overview?start_date=${start}`, 400, /^end_date is required$/);
    await expectError(
      `/v1/analytics/sdr-performance?end_date=${end}`,
      400,
      /^start_date is required$/,
    );
    await expectError(
      `/v1/analytics/overview?start_date=${end}&end_date=${start}`,
      400,
      /end_date/,
    );
  });
  it('validates timezone, ids and paging', async () => {
    const base = `/v1/analytics/overview?start_date=${start}&end_date=${end}`;
    await expectError(`${base}&timezone=Mars/Olympus`, 400, /^timezone/);
    await expectError(`${base}&disposition_ids[]=x`, 400, /^disposition_ids/);
    await expectError(
      `/v1/analytics/sdr-performance?start_date=${start}&end_date=${end}&limit=101`,
      400,
      /^limit/,
    );
  });
  it('overview total equals the call-log total for the same UTC range', async () => {
    const { body } = await getJson<{ total_calls: { value: number; growth: number | null } }>(
      url,
      `/v1/analytics/overview?start_date=${start}&end_date=${end}`,
    );
    const calls = await getJson<CallPageBody>(
      url,
      `/v1/call-log?filters[start_date]=${start}&filters[end_date]=${end}&limit=1`,
    );
    expect(body.total_calls.value).toBe(calls.body.pagination.total);
  });
  it('sdr-performance rows add up to the overview, with rates in 0..1', async () => {
    const overview = await getJson<{
      total_calls: { value: number };
      meetings_set: { value: number };
    }>(url, `/v1/analytics/overview?start_date=${start}&end_date=${end}`);
    const { body } = await getJson<{
      totalCount: number;
      page: number;
      limit: number;
      next: number | null;
      prev: number | null;
      data: {
        total_calls: number;
        meetings_set: number;
        connection_rate: number;
        conversation_rate: number;
      }[];
    }>(url, `/v1/analytics/sdr-performance?start_date=${start}&end_date=${end}&limit=100`);
    expect(body).toMatchObject({ page: 1, limit: 100, next: null, prev: null });
    expect(body.totalCount).toBe(body.data.length);
    expect(body.data.reduce((sum, row) => sum + row.total_calls, 0)).toBe(
      overview.body.total_calls.value,
    );
    expect(body.data.reduce((sum, row) => sum + row.meetings_set, 0)).toBe(
      overview.body.meetings_set.value,
    );
    for (const row of body.data) {
      expect(row.connection_rate).toBeGreaterThanOrEqual(0);
      expect(row.connection_rate).toBeLessThanOrEqual(1);
      expect(row.conversation_rate).toBeLessThanOrEqual(row.connection_rate);
    }
  });
  it('list-performance uses the same envelope and accepts user_ids in any array spelling', async () => {
    const rep = all[0]?.user?._id ?? '';
    const spellings = ['user_ids[]', 'user_ids', 'user_ids%5B%5D', 'user_ids[0]'];
    const totals = await Promise.all(
      spellings.map(async (key) => {
        const { body } = await getJson<{ totalCount: number; data: { total_calls: number }[] }>(
          url,
          `/v1/analytics/list-performance?start_date=${start}&end_date=${end}&limit=100&${key}=${rep}`,
        );
        return body.data.reduce((sum, row) => sum + row.total_calls, 0);
      }),
    );
    expect(new Set(totals).size).toBe(1);
    expect(totals[0]).toBeGreaterThan(0);
  });
});

describe('determinism over HTTP', () => {
  it('the same seed and now give byte-identical pages; another seed differs', async () => {
    const same = await startSimulator({ calls: 2000, seed: 11, now: TEST_NOW, apiKey: TEST_KEY });
    const other = await startSimulator({ calls: 2000, seed: 12, now: TEST_NOW, apiKey: TEST_KEY });
    try {
      const path = '/v1/call-log?limit=100&page=4&sort=duration';
      const [a, b, c] = await Promise.all([
        getJson(url, path),
        getJson(same.url, path),
        getJson(other.url, path),
      ]);
      // Recording URLs carry the host, which differs per server: compare without it.
      const strip = (text: string) => text.replaceAll(/http:\/\/127\.0\.0\.1:\d+/g, '');
      expect(strip(b.text)).toBe(strip(a.text));
      expect(strip(c.text)).not.toBe(strip(a.text));
    } finally {
      await Promise.all([same.close(), other.close()]);
    }
  });
});
