import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import type { Call } from '@/lib/call-log/call-schema';
import { createQueryClient } from '@/lib/query-client';
import { createRequestLimit } from '@/lib/request-limit';
import { scoredCallSchema } from '@/lib/scored-calls/scored-call-schema';
import { createScoredCallQueries } from '@/lib/scored-calls/scored-calls';
import { sessionQuery } from '@/lib/session/session-query';
import { fullScoredCallRecord } from '@/lib/testing/scored-call-record';
import { sendJson, startTestServer } from '@/lib/testing/test-server';
import type { TestHandler, TestServer } from '@/lib/testing/test-server';
import { ScoreSection } from './score-section';

const CALL: Call = {
  _id: 'call-1',
  outcome: 'answered',
  answered_by: 'human',
  disposition: { internal_id: 1 },
  duration: 184,
  transcription: 'Rep: Hello\nProspect: Hi',
  user: { _id: 'rep-1' },
  ended_at: '2026-11-02T15:01:04.000Z',
};

let server: TestServer;
let handler: TestHandler;

beforeEach(async () => {
  handler = (_request, response) => {
    sendJson(response, 200, { data: [fullScoredCallRecord()], pagination: { total: 1 } });
  };
  server = await startTestServer((request, response) => {
    handler(request, response);
  });
});

afterEach(async () => {
  await server.close();
});

function renderSection(call: Call, record?: unknown) {
  const queries = createScoredCallQueries(
    createApiClient({ baseUrl: server.baseUrl, limit: createRequestLimit(1) }).get,
  );
  const client = createQueryClient();
  client.setQueryData(sessionQuery().queryKey, { authMode: 'none' });
  const parsed = record === undefined ? undefined : scoredCallSchema.parse(record);
  const ui = (
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ScoreSection call={call} record={parsed} queries={queries} />
      </MemoryRouter>
    </QueryClientProvider>
  );
  const view = render(ui);
  return {
    section: () => screen.getByRole('region', { name: 'Scorecard' }),
    reopen: () => {
      view.unmount();
      render(ui);
    },
  };
}

describe('ScoreSection', () => {
  it('looks the score up, saying so meanwhile, and shows the scorecard', async () => {
    const { section } = renderSection(CALL);
    expect(screen.getByRole('status').textContent).toBe('Looking up the score…');
    expect(await screen.findByText('All scored calls of Ana Diaz')).toHaveProperty('tagName', 'A');
    expect(section().textContent).toContain('Total score74 Strong');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url.searchParams.get('user_id')).toBe('rep-1');
  });

  it('asks once per call: opened again, it shows the score without a request', async () => {
    const { reopen } = renderSection(CALL);
    await screen.findByText('All scored calls of Ana Diaz');
    reopen();
    expect(screen.getByText('All scored calls of Ana Diaz')).toHaveProperty('tagName', 'A');
    expect(server.requests).toHaveLength(1);
  });

  it('says so when the call has no score', async () => {
    handler = (_request, response) => {
      sendJson(response, 200, { data: [], pagination: { total: 0 } });
    };
    const { section } = renderSection(CALL);
    expect(await screen.findByText('Salesfinity has not scored this call.')).toHaveProperty(
      'tagName',
      'P',
    );
    expect(section().querySelector('dl')).toBeNull();
  });

  it('says what went wrong when the lookup fails', async () => {
    handler = (_request, response) => {
      sendJson(response, 400, { statusCode: 400, message: 'bad user_id' });
    };
    renderSection(CALL);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The score could not be looked up.');
  });

  it('uses the record the host has, without a request', () => {
    const { section } = renderSection(CALL, fullScoredCallRecord());
    expect(section().textContent).toContain('Total score74 Strong');
    expect(server.requests).toHaveLength(0);
  });

  it('says why a call that cannot be scored has no score, without a request', () => {
    const { section } = renderSection({ ...CALL, duration: 12 });
    expect(section().textContent).toBe(
      'ScorecardSalesfinity scores calls of 30 seconds or more, and this one was shorter.',
    );
    expect(server.requests).toHaveLength(0);
  });
});
