import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseLenientJson } from '../../contract/lenient-json.ts';
import { createAppServer } from '../app-server.ts';
import { startBackend } from '../backend.ts';
import type { Backend } from '../backend.ts';
import { closeServer, httpRequest, listen } from '../test-support/http-client.ts';
import type { HttpResult } from '../test-support/http-client.ts';
import { createTempDist } from '../test-support/temp-dist.ts';
import { createAccess } from './access.ts';
import { openAuditLog } from './audit-log.ts';
import type { AuditLog } from './audit-log.ts';
import { resolveAuthConfig } from './auth-config.ts';
import type { TeamMember } from './roles.ts';
import { createTeamDirectory, parseTeamMembers } from './team-directory.ts';

// Header mode through the production server, the real proxy and the simulator: who is believed,
// what a rep can read, and what the audit log keeps.
const MANAGER = 'boss@example.com';
const KEY_LIKE = 'demo-key';

let backend: Backend;
let auditLog: AuditLog;
let auditDir: string;
let dist: ReturnType<typeof createTempDist>;
const servers: Server[] = [];
let trusted: string;
let untrusted: string;
let members: TeamMember[];
let rep: TeamMember;
let otherRep: TeamMember;

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}

async function serve(trustedProxies: string): Promise<string> {
  const config = resolveAuthConfig(
    {
      AUTH_MODE: 'header',
      AUTH_TRUSTED_PROXIES: trustedProxies,
      MANAGER_EMAILS: `${MANAGER},*@managers.example.com`,
    },
    '0.0.0.0',
  );
  const server = createAppServer({
    distDir: dist.dir,
    backend,
    access: createAccess(config, { team: createTeamDirectory(() => backend.readTeam()) }),
  });
  servers.push(server);
  return (await listen(server)).url;
}

beforeAll(async () => {
  auditDir = mkdtempSync(join(tmpdir(), 'audit-'));
  auditLog = openAuditLog(join(auditDir, 'audit.jsonl'));
  backend = await startBackend(
    { SIMULATOR_CALLS: '600', SIMULATOR_SEED: '11', SIMULATOR_CONTROL_CHAR_RATE: '0.2' },
    { log: () => {}, audit: auditLog.write },
  );
  members = parseTeamMembers(await backend.readTeam());
  rep = must(members[0], 'a rep');
  otherRep = must(members[1], 'another rep');
  dist = createTempDist();
  trusted = await serve('127.0.0.1,::1');
  untrusted = await serve('10.0.0.0/8');
});

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await backend.close();
  await auditLog.close();
  rmSync(auditDir, { recursive: true, force: true });
  dist.remove();
});

function as(email: string | null, path: string, base = trusted, accept = 'application/json') {
  return httpRequest(base, path, {
    headers: { accept, ...(email === null ? {} : { 'x-forwarded-email': email }) },
  });
}

/** As the app reads bodies: transcripts may carry raw control characters (contract, quirk 1). */
function json(result: HttpResult): unknown {
  return parseLenientJson(result.body.toString());
}

const pageSchema = z.object({
  data: z.array(z.object({ _id: z.string(), user: z.object({ _id: z.string() }).optional() })),
  pagination: z.object({ total: z.number() }),
});

describe('header mode: who is believed', () => {
  it('signs in the email a trusted proxy sends, with its role', async () => {
    const answer = await as(MANAGER.toUpperCase(), '/api/session');
    expect(answer.status).toBe(200);
    expect(json(answer)).toEqual({
      authMode: 'header',
      user: { email: MANAGER, name: null, role: 'manager' },
      signOut: null,
    });
    const byDomain = json(await as('ana@managers.example.com', '/api/session'));
    expect(byDomain).toMatchObject({ user: { role: 'manager' } });
    expect(json(await as(rep.email, '/api/session'))).toMatchObject({
      user: { email: rep.email.toLowerCase(), role: 'rep', userId: rep.userId, name: rep.name },
    });
  });

  it('ignores the header from any other address and refuses the request', async () => {
    for (const path of ['/api/session', '/api/v1/call-log', '/api/v1/team']) {
      const answer = await as(MANAGER, path, untrusted);
      expect(answer.status, path).toBe(401);
      expect(json(answer)).toMatchObject({ statusCode: 401, signInUrl: null });
    }
    const page = await as(MANAGER, '/', untrusted, 'text/html');
    expect(page.status).toBe(401);
    expect(page.body.toString()).toContain('did not come through the company’s sign-in proxy');
  });

  it('refuses a trusted request without a user, or with two', async () => {
    expect((await as(null, '/api/v1/call-log')).status).toBe(401);
    expect((await as(`${MANAGER}, ${rep.email}`, '/api/v1/call-log')).status).toBe(401);
    const page = await as(null, '/team', trusted, 'text/html');
    expect(page.status).toBe(401);
    expect(page.body.toString()).toContain('did not say who you are');
  });

  it('answers a signed-in stranger with 403, saying who they are signed in as', async () => {
    const api = await as('nobody@example.org', '/api/v1/call-log');
    expect(api.status).toBe(403);
    expect(json(api)).toMatchObject({ statusCode: 403, email: 'nobody@example.org' });
    const page = await as('nobody@example.org', '/', trusted, 'text/html');
    expect(page.status).toBe(403);
    expect(page.body.toString()).toContain('nobody@example.org');
    expect(page.body.toString()).not.toContain('<div id="root">');
  });

  it('serves the app to a signed-in user, and scripts to anyone', async () => {
    const page = await as(rep.email, '/?filters%5Boutcome%5D=answered', trusted, 'text/html');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<div id="root">');
    expect((await as(null, '/assets/index-abc123.js', trusted, '*/*')).status).toBe(200);
  });
});

describe('header mode: a rep reads only their own calls', () => {
  const spelledUserFilter = fc
    .tuple(
      fc.constantFrom(
        'filters[user_ids][]',
        'filters%5Buser_ids%5D%5B%5D',
        'filters%255Buser_ids%255D%255B%255D',
        'filters[user_ids]',
        'FILTERS[USER_IDS][]',
        'user_ids[]',
        'filters[user_ids][0]',
        'filters.user_ids',
      ),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([name, repeat]) =>
      Array.from(
        { length: repeat },
        (_, index) =>
          `${name}=${index === 0 ? otherRep.userId : must(members[index + 1], 'a rep').userId}`,
      ).join('&'),
    );
  const otherFilter = fc.constantFrom(
    '',
    'filters[outcome]=answered',
    'filters%5Bdirection%5D=outbound',
    'filters[min_duration]=30',
  );

  it('gets exactly what a manager gets for their id, however the request names other reps', async () => {
    await fc.assert(
      fc.asyncProperty(spelledUserFilter, otherFilter, async (userFilter, filter) => {
        const extra = filter === '' ? '' : `&${filter}`;
        const asked = await as(rep.email, `/api/v1/call-log?limit=100&${userFilter}${extra}`);
        expect(asked.status).toBe(200);
        const page = pageSchema.parse(json(asked));
        const expected = pageSchema.parse(
          json(
            await as(
              MANAGER,
              `/api/v1/call-log?limit=100&filters[user_ids][]=${rep.userId}${extra}`,
            ),
          ),
        );
        expect(page.pagination.total).toBe(expected.pagination.total);
        expect(page.data.map((call) => call._id)).toEqual(expected.data.map((call) => call._id));
        for (const call of page.data) expect(call.user?._id).toBe(rep.userId);
      }),
      { numRuns: 25 },
    );
  });

  it("answers 404 for another rep's call and serves their own", async () => {
    const theirs = pageSchema.parse(
      json(await as(MANAGER, `/api/v1/call-log?limit=1&filters[user_ids][]=${otherRep.userId}`)),
    );
    const own = pageSchema.parse(
      json(await as(MANAGER, `/api/v1/call-log?limit=1&filters[user_ids][]=${rep.userId}`)),
    );
    const otherId = must(theirs.data[0], "another rep's call")._id;
    const ownId = must(own.data[0], 'their own call')._id;
    const refused = await as(rep.email, `/api/v1/call-log/${otherId}`);
    expect(refused.status).toBe(404);
    expect(refused.body.toString()).not.toContain(otherId);
    expect((await as(rep.email, `/api/v1/call-log/${ownId}`)).status).toBe(200);
    expect((await as(MANAGER, `/api/v1/call-log/${otherId}`)).status).toBe(200);
    // Nor does a HEAD or a conditional request say that the call exists.
    const head = (id: string) =>
      httpRequest(trusted, `/api/v1/call-log/${id}`, {
        method: 'HEAD',
        headers: { 'x-forwarded-email': rep.email, 'if-none-match': '"*"' },
      });
    expect((await head(otherId)).status).toBe(404);
    expect((await head(ownId)).status).toBe(200);
  });

  it('sees the team reduced to themselves, and analytics of their own calls only', async () => {
    const team = parseTeamMembers(json(await as(rep.email, '/api/v1/team')));
    expect(team.map((member) => member.userId)).toEqual([rep.userId]);
    expect(parseTeamMembers(json(await as(MANAGER, '/api/v1/team'))).length).toBe(members.length);

    const period = 'start_date=2020-01-01&end_date=2030-01-01';
    const asRep = json(
      await as(rep.email, `/api/v1/analytics/overview?${period}&user_ids[]=${otherRep.userId}`),
    );
    const ownForManager = json(
      await as(MANAGER, `/api/v1/analytics/overview?${period}&user_ids[]=${rep.userId}`),
    );
    const whole = json(await as(MANAGER, `/api/v1/analytics/overview?${period}`));
    expect(asRep).toEqual(ownForManager);
    expect(asRep).not.toEqual(whole);
    const leaderboard = z
      .object({ data: z.array(z.object({ _id: z.string() })) })
      .parse(json(await as(rep.email, `/api/v1/analytics/sdr-performance?${period}`)));
    expect(leaderboard.data.map((row) => row._id)).toEqual([rep.userId]);
  });
});

describe('the audit log', () => {
  it('has one line per data request: time, email, role, endpoint, call id, status; never a key or a body', async () => {
    const own = pageSchema.parse(
      json(await as(MANAGER, `/api/v1/call-log?limit=1&filters[user_ids][]=${rep.userId}`)),
    );
    const callId = must(own.data[0], 'a call')._id;
    await as(rep.email, `/api/v1/call-log/${callId}`);
    await as('nobody@example.org', '/api/v1/call-log?limit=3');
    await as(null, '/api/v1/team');
    await auditLog.close();

    const lines = readFileSync(join(auditDir, 'audit.jsonl'), 'utf8').trim().split('\n');
    const entries = lines.map((line) => z.record(z.string(), z.unknown()).parse(JSON.parse(line)));
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(
        ['callId', 'email', 'endpoint', 'role', 'status', 'time'].sort(),
      );
      expect(Date.parse(String(entry.time))).not.toBeNaN();
    }
    expect(entries.slice(-3)).toEqual([
      expect.objectContaining({
        email: rep.email.toLowerCase(),
        role: 'rep',
        endpoint: 'call-log/:id',
        callId,
        status: 200,
      }),
      expect.objectContaining({
        email: 'nobody@example.org',
        role: null,
        endpoint: 'call-log',
        status: 403,
      }),
      expect.objectContaining({ email: null, role: null, endpoint: 'team', status: 401 }),
    ]);
    const text = lines.join('\n');
    expect(text).not.toContain(KEY_LIKE);
    expect(text).not.toContain('transcription');
    // Closed: further requests are still answered, only no longer written down.
    expect((await as(MANAGER, '/api/v1/dispositions')).status).toBe(200);
  });

  it('never fails a request when the file cannot be written', async () => {
    const reports: string[] = [];
    const broken = openAuditLog(join(auditDir, 'no-such-dir', 'audit.jsonl'), (line) => {
      reports.push(line);
    });
    const withBrokenLog = await startBackend(
      { SIMULATOR_CALLS: '50', SIMULATOR_SEED: '2' },
      { log: () => {}, audit: broken.write },
    );
    const server = createAppServer({ distDir: dist.dir, backend: withBrokenLog });
    servers.push(server);
    const { url } = await listen(server);
    for (let index = 0; index < 3; index++) {
      expect((await httpRequest(url, '/api/v1/call-log?limit=2')).status).toBe(200);
    }
    await broken.close();
    await withBrokenLog.close();
    expect(reports).toEqual([expect.stringContaining('AUDIT_LOG cannot be written (ENOENT)')]);
  });
});
