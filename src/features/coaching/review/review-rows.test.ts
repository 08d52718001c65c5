import { describe, expect, it } from 'vitest';
import { scoredCallSchema } from '@/lib/scored-calls/scored-call-schema';
import { reviewSubject, withoutReviewed } from './review-rows';

describe('withoutReviewed', () => {
  it('drops the reviewed rows, keeps the order and rows it cannot tell, and counts what it hid', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, {}, { id: 'c' }];
    const reviewed = new Set(['b', 'c']);
    expect(
      withoutReviewed(
        rows,
        (row) => row.id,
        (id) => reviewed.has(id),
      ),
    ).toEqual({ rows: [{ id: 'a' }, {}], hidden: 2 });
  });
});

describe('reviewSubject', () => {
  it('names the contact, else the company, else the call', () => {
    const row = (contact: unknown) =>
      scoredCallSchema.parse({ _id: 's', call_log: { _id: 'c', contact } });
    expect(reviewSubject(row({ first_name: 'Dana', last_name: 'Kim', company: 'Acme' }))).toBe(
      'Dana Kim',
    );
    expect(reviewSubject(row({ company: 'Acme' }))).toBe('Acme');
    expect(reviewSubject(row(undefined))).toBe('this call');
    expect(reviewSubject(undefined)).toBe('this call');
  });
});
