import { describe, expect, it } from 'vitest';
import { withoutReviewed } from './hide-reviewed';

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
