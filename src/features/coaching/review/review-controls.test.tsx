import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { createPlayerStore } from '@/lib/player/player-store';
import { scoredCallSchema } from '@/lib/scored-calls/scored-call-schema';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { NextUnreviewedButton } from './next-unreviewed-button';
import type { ReviewPage } from './next-unreviewed';
import { HideReviewedToggle, ReviewToggle } from './review-controls';
import { createReviewMarksStore } from './review-marks';

const freshStore = () => createReviewMarksStore(null, new EventTarget());

function scored(callId: string, contact: string, hasRecording = true): ScoredCall {
  return scoredCallSchema.parse({
    _id: `score-${callId}`,
    call_log: {
      _id: callId,
      contact: { first_name: contact },
      ...(hasRecording ? { recording_url: `https://recordings.example/${callId}.mp3` } : {}),
    },
  });
}

describe('ReviewToggle', () => {
  test('marks and unmarks the call, named after it, and every toggle of that call follows', async () => {
    const store = freshStore();
    render(
      <>
        <ReviewToggle callId="c1" subject="Dana Kim" store={store} />
        <ReviewToggle callId="c1" subject="Dana Kim (open call)" store={store} />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Mark reviewed: Dana Kim' }));
    expect(store.getSnapshot().has('c1')).toBe(true);
    // The open call's button shows the same mark without a click of its own.
    expect(screen.getByRole('button', { name: 'Reviewed: Dana Kim (open call)' }).textContent).toBe(
      'Reviewed ✓',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reviewed: Dana Kim' }));
    expect(store.getSnapshot().has('c1')).toBe(false);
    expect(screen.getAllByRole('button', { name: /^Mark reviewed/ })).toHaveLength(2);
  });
});

describe('HideReviewedToggle', () => {
  function Host({ hidden }: { hidden: number }) {
    const [checked, setChecked] = useState(false);
    return <HideReviewedToggle checked={checked} onChange={setChecked} hiddenOnPage={hidden} />;
  }

  test('is a checkbox the host controls, and says how many rows it hides', async () => {
    render(<Host hidden={3} />);
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hide reviewed' }));
    expect(screen.getByRole('checkbox', { name: 'Hide reviewed' })).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe('3 reviewed calls hidden on this page');
  });
});

describe('NextUnreviewedButton', () => {
  const PAGE_1 = [scored('c1', 'Ana'), scored('c2', 'Bo'), scored('c3', 'Cy', false)];
  const PAGE_2 = [scored('c4', 'Di'), scored('c5', 'Ed')];

  function setup(options: { reviewed?: string[]; openCallId?: string; next?: number | null }) {
    const store = freshStore();
    for (const id of options.reviewed ?? []) store.setReviewed(id, true);
    // Preferences only: the player keeps no track in storage.
    const playerStore = createPlayerStore(undefined);
    const opened: [string, number][] = [];
    const read: number[] = [];
    const fetchPage = (page: number): Promise<ReviewPage<ScoredCall>> => {
      read.push(page);
      return Promise.resolve({ rows: page === 2 ? PAGE_2 : [], next: null });
    };
    render(
      <>
        <input aria-label="Search" />
        <NextUnreviewedButton
          rows={PAGE_1}
          page={1}
          next={options.next === undefined ? 2 : options.next}
          openCallId={options.openCallId}
          fetchPage={fetchPage}
          onOpen={(callId, page) => opened.push([callId, page])}
          store={store}
          playerStore={playerStore}
        />
      </>,
    );
    return { opened, read, playerStore };
  }

  test('opens and plays the next unreviewed call after the open one', async () => {
    const { opened, read, playerStore } = setup({ openCallId: 'c1' });
    await userEvent.click(screen.getByRole('button', { name: 'Next unreviewed' }));
    expect(opened).toEqual([['c2', 1]]);
    expect(read).toEqual([]);
    expect(playerStore.getState().track?.callId).toBe('c2');
    expect(playerStore.getState().status).toBe('loading');
  });

  test('N does the same, across the page boundary, but not while typing', async () => {
    const { opened, read, playerStore } = setup({ openCallId: 'c2', reviewed: ['c3'] });
    await userEvent.click(screen.getByRole('textbox', { name: 'Search' }));
    await userEvent.keyboard('n');
    expect(opened).toEqual([]);

    await userEvent.click(document.body);
    await userEvent.keyboard('n');
    await waitFor(() => {
      expect(opened).toEqual([['c4', 2]]);
    });
    expect(read).toEqual([2]);
    expect(playerStore.getState().track?.callId).toBe('c4');
  });

  test('opens a call without a recording, and says it cannot play it', async () => {
    const { opened, playerStore } = setup({ openCallId: 'c2' });
    await userEvent.click(screen.getByRole('button', { name: 'Next unreviewed' }));
    expect(opened).toEqual([['c3', 1]]);
    expect(playerStore.getState().track).toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe(
      'Opened the next unreviewed call; it has no recording to play.',
    );
  });

  test('says when every call after the open one is reviewed', async () => {
    const { opened } = setup({ openCallId: 'c1', reviewed: ['c2', 'c3'], next: null });
    await userEvent.click(screen.getByRole('button', { name: 'Next unreviewed' }));
    expect(await screen.findByText('No unreviewed calls after this one.')).toHaveProperty(
      'tagName',
      'SPAN',
    );
    expect(opened).toEqual([]);
  });
});
