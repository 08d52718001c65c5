import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { CallsViewProvider } from '@/lib/calls-view/calls-view-provider';
import { describe, expect, it } from 'vitest';
import PlayerDock from './player-dock';
import type { MediaElementLike } from '@/lib/player/player-store';
import { createPlayerStore } from '@/lib/player/player-store';

/** An audio element whose play() the test decides: jsdom has no media playback. */
class ScriptedMedia extends EventTarget implements MediaElementLike {
  src = '';
  currentTime = 0;
  duration = 300;
  readyState = 1;
  ended = false;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  volume = 1;
  plays = 0;
  isAutoplayAllowed = false;
  play(): Promise<void> {
    this.plays += 1;
    if (!this.isAutoplayAllowed) {
      return Promise.reject(new DOMException('user gesture required', 'NotAllowedError'));
    }
    this.dispatchEvent(new Event('playing'));
    return Promise.resolve();
  }
  pause(): void {
    this.dispatchEvent(new Event('pause'));
  }
  load(): void {
    // Nothing to load.
  }
  removeAttribute(): void {
    this.src = '';
  }
}

function renderDock() {
  const store = createPlayerStore(undefined);
  const media = new ScriptedMedia();
  store.attach(media);
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <CallsViewProvider>
          <PlayerDock store={store} />
        </CallsViewProvider>
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
  return { store, media, router };
}

const track = {
  callId: 'abc',
  url: 'https://rec.example.com/abc.wav',
  rep: 'Jane Smith',
  contact: 'John Doe',
  startedAt: undefined,
};

describe('PlayerDock', () => {
  it('offers "Play from 1:23" when the browser blocks autoplay, and plays from there', async () => {
    const { store, media } = renderDock();
    store.play(track, { startAt: 83 });
    const button = await screen.findByRole('button', { name: 'Play from 1:23' });
    media.dispatchEvent(new Event('loadedmetadata'));
    expect(media.currentTime).toBe(83);
    const toggle = screen.getByRole('button', { name: /^(Play|Pause)$/ });
    expect(toggle.getAttribute('aria-label')).toBe('Play');

    media.isAutoplayAllowed = true;
    await userEvent.click(button);
    expect(media.plays).toBe(2);
    await waitFor(() => {
      expect(toggle.getAttribute('aria-label')).toBe('Pause');
    });
    expect(screen.queryByRole('button', { name: /^Play from/ })).toBeNull();
  });

  it('says "Recording unavailable" when the recording fails to load', async () => {
    const { store, media } = renderDock();
    media.isAutoplayAllowed = true;
    store.play(track);
    media.dispatchEvent(new Event('error'));
    expect((await screen.findByRole('alert')).textContent).toContain('Recording unavailable');
  });

  it('shows which call plays and links back to its details', async () => {
    const { store, media, router } = renderDock();
    media.isAutoplayAllowed = true;
    store.play(track);
    expect((await screen.findByText(/→/)).textContent).toBe('Jane Smith → John Doe');
    await userEvent.click(screen.getByRole('button', { name: 'Call details' }));
    expect(router.state.location.search).toBe('?call=abc');
  });
});
