import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLS_VIEW } from '@/lib/calls-view/calls-view';
import type { CallsView } from '@/lib/calls-view/calls-view';
import { ANSWERED_BY_BUCKETS, DURATION_BUCKETS, OUTCOME_BUCKETS } from './chart-definitions';
import type { BucketSelection } from './chart-definitions';
import { isBucketActive, toggleBucket } from './chart-selection';

function selectionOf(buckets: typeof DURATION_BUCKETS, id: string): BucketSelection {
  const selection = buckets.find((bucket) => bucket.id === id)?.selection;
  if (!selection) throw new Error(`no selection for ${id}`);
  return selection;
}

const view = (filters: CallsView['filters'], page = 4): CallsView => ({
  ...DEFAULT_CALLS_VIEW,
  page,
  filters,
});

describe('toggleBucket', () => {
  it('filters to a duration bucket and goes back to page 1', () => {
    const next = toggleBucket(view({ user_ids: ['u1'] }), selectionOf(DURATION_BUCKETS, '30-59s'));
    expect(next.filters).toEqual({ user_ids: ['u1'], min_duration: 30, max_duration: 59 });
    expect(next.page).toBe(1);
  });

  it('replaces other duration bounds, and the open-ended bucket clears the maximum', () => {
    const next = toggleBucket(
      view({ min_duration: 5, max_duration: 20 }),
      selectionOf(DURATION_BUCKETS, '10min+'),
    );
    expect(next.filters).toEqual({ min_duration: 600 });
  });

  it('filters to an outcome, clearing who answered, and to who answered with its outcome', () => {
    expect(
      toggleBucket(view({ answered_by: 'human' }), selectionOf(OUTCOME_BUCKETS, 'no-answer'))
        .filters,
    ).toEqual({ outcome: 'no-answer' });
    expect(toggleBucket(view({}), selectionOf(ANSWERED_BY_BUCKETS, 'machine')).filters).toEqual({
      outcome: 'answered',
      answered_by: 'machine_start',
    });
  });

  it('removes the filter when the bucket is already the active one', () => {
    const human = selectionOf(ANSWERED_BY_BUCKETS, 'human');
    const active = view({ outcome: 'answered', answered_by: 'human', user_ids: ['u1'] });
    expect(isBucketActive(active.filters, human)).toBe(true);
    expect(toggleBucket(active, human).filters).toEqual({ user_ids: ['u1'] });
  });
});

describe('isBucketActive', () => {
  it('needs every field the bucket sets, and no other value in them', () => {
    const answered = selectionOf(OUTCOME_BUCKETS, 'answered');
    expect(isBucketActive({ outcome: 'answered' }, answered)).toBe(true);
    expect(isBucketActive({ outcome: 'answered', answered_by: 'human' }, answered)).toBe(false);
    const firstMinutes = selectionOf(DURATION_BUCKETS, '1-2min');
    expect(isBucketActive({ min_duration: 60, max_duration: 119 }, firstMinutes)).toBe(true);
    expect(isBucketActive({ min_duration: 60 }, firstMinutes)).toBe(false);
    expect(isBucketActive({ min_duration: 600 }, selectionOf(DURATION_BUCKETS, '10min+'))).toBe(
      true,
    );
  });
});
