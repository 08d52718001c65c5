import { DEFAULT_DISPOSITIONS } from '@contract/salesfinity';
import type { Disposition } from '@/lib/reference-data/dispositions';
import type { CallPage } from '@/lib/call-log/call-log';
import type { Call } from '@/lib/call-log/call-schema';

/** The team's dispositions as the API would list them: the defaults plus two custom ones. */
export const TEST_DISPOSITIONS: Disposition[] = [
  ...DEFAULT_DISPOSITIONS.map((item) => ({ _id: `d${item.id}`, ...item })),
  { _id: 'd15', id: 15, name: 'Demo booked', category: 'positive' },
  { _id: 'd16', id: 16, name: 'Park for later', category: 'follow_up' },
];

let nextId = 0;

/** A complete, plausible call; override what a test is about. */
export function makeCall(overrides: Partial<Call> = {}): Call {
  nextId += 1;
  return {
    _id: `65a0000000000000000000${String(nextId).padStart(2, '0')}`,
    call_id: `call_${nextId}`,
    outcome: 'answered',
    direction: 'outbound',
    answered_by: 'human',
    duration: 185,
    to: '15551234567',
    from: '+14155552671',
    disposition: { internal_id: 1, external_id: '1', external_name: 'Answered - Meeting Set' },
    contact: {
      _id: 'c1',
      first_name: 'John',
      last_name: 'Doe',
      company: 'Acme Corp',
      title: 'VP of Sales',
    },
    user: { _id: 'u1', first_name: 'Jane', last_name: 'Smith', email: 'jane@example.com' },
    notes: 'Good chat',
    started_at: '2024-01-15T14:30:00.000Z',
    ended_at: '2024-01-15T14:33:05.000Z',
    createdAt: '2024-01-15T14:33:06.000Z',
    updatedAt: '2024-01-15T14:33:06.000Z',
    ...overrides,
  };
}

export function makePage(rows: Call[], paging: Partial<Omit<CallPage, 'rows'>> = {}): CallPage {
  const page = paging.page ?? 1;
  const limit = paging.limit ?? 50;
  const total = paging.total === undefined ? rows.length : paging.total;
  const pages =
    paging.pages === undefined ? (total === null ? null : Math.ceil(total / limit)) : paging.pages;
  const next =
    paging.next === undefined ? (pages !== null && page < pages ? page + 1 : null) : paging.next;
  return { rows, page, limit, total, pages, next, droppedRows: paging.droppedRows ?? 0 };
}
