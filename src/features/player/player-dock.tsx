import { useCallback, useState } from 'react';
import { useCallsView } from '@/lib/calls-view/use-calls-view';
import { withCall } from '@/lib/calls-view/calls-view-updates';
import { formatLocalDateTime, formatUtcDateTime } from '@/lib/format/date-time';
import { formatDuration } from '@/lib/format/duration';
import { momentLink } from './moment-link';
import type { PlayerState, PlayerStore } from '@/lib/player/player-store';
import { player, usePlayer } from '@/lib/player/player-store';
import { ShortcutHelp } from './shortcut-help';
import { formatSpeed, SPEED_STEPS } from '@/lib/player/speed-steps';
import { usePlayerShortcuts } from './use-player-shortcuts';
import './player-dock.css';

const clock = (seconds: number | undefined) => formatDuration(seconds) ?? '–:––';

const selectState = (state: PlayerState) => state;

/**
 * The player docked at the bottom of every page: transport, seek bar, speed, volume, download, the
 * call it plays, and the keyboard shortcuts (with their `?` overlay) even before anything plays.
 */
export default function PlayerDock({ store = player }: { store?: PlayerStore }) {
  const state = usePlayer(selectState, store);
  const { view, update } = useCallsView();
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const [copyMessage, setCopyMessage] = useState('');
  const openHelp = useCallback(() => {
    setIsHelpOpen(true);
  }, []);
  usePlayerShortcuts(store, openHelp);

  const help = <ShortcutHelp open={isHelpOpen} onOpenChange={setIsHelpOpen} />;
  const { track, status, currentTime, duration, speed, volume, hasPlaylist } = state;
  if (!track) return help;

  const isPlaying = status === 'playing' || status === 'loading';
  const isUnavailable = status === 'unavailable';
  const when = formatLocalDateTime(track.startedAt);
  const title = [track.rep, track.contact].filter(Boolean).join(' → ') || 'Call recording';

  const copyLink = async () => {
    const link = momentLink(window.location, view, track.callId, currentTime);
    try {
      await navigator.clipboard.writeText(link);
      setCopyMessage(`Link to ${clock(currentTime)} copied.`);
    } catch {
      setCopyMessage(`Copy this link: ${link}`);
    }
  };

  return (
    <section className="player-dock" aria-label="Player">
      {help}
      <div className="player-dock__now">
        <p className="player-dock__title">{title}</p>
        <p className="player-dock__meta">
          {when ? <time title={formatUtcDateTime(track.startedAt)}>{when}</time> : null}
          <button
            type="button"
            className="player-dock__link-button"
            onClick={() => {
              update((current) => withCall(current, track.callId));
            }}
          >
            Call details
          </button>
        </p>
      </div>

      <div className="player-dock__transport">
        {hasPlaylist ? (
          <button
            type="button"
            className="icon-button"
            aria-label="Previous call"
            onClick={() => {
              store.previous();
            }}
          >
            <span aria-hidden="true">⏮</span>
          </button>
        ) : null}
        <button
          type="button"
          className="icon-button"
          aria-label="Back 15 seconds"
          disabled={isUnavailable}
          onClick={() => {
            store.seekBy(-15);
          }}
        >
          <span aria-hidden="true">−15</span>
        </button>
        <button
          type="button"
          className="icon-button player-dock__play"
          aria-label={isPlaying ? 'Pause' : 'Play'}
          disabled={isUnavailable}
          onClick={() => {
            store.toggle();
          }}
        >
          <span aria-hidden="true">{isPlaying ? '❚❚' : '▶'}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Forward 15 seconds"
          disabled={isUnavailable}
          onClick={() => {
            store.seekBy(15);
          }}
        >
          <span aria-hidden="true">+15</span>
        </button>
        {hasPlaylist ? (
          <button
            type="button"
            className="icon-button"
            aria-label="Next call"
            onClick={() => {
              store.next();
            }}
          >
            <span aria-hidden="true">⏭</span>
          </button>
        ) : null}
      </div>

      <div className="player-dock__seek">
        {isUnavailable ? (
          <p className="player-dock__problem" role="alert">
            Recording unavailable. It may have expired or been removed.
          </p>
        ) : status === 'blocked' ? (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              store.resume();
            }}
          >
            Play from {clock(currentTime)}
          </button>
        ) : (
          <>
            <span className="player-dock__time">{clock(currentTime)}</span>
            <input
              type="range"
              className="player-dock__range"
              aria-label="Seek"
              min={0}
              max={duration ?? 0}
              step={1}
              value={Math.min(currentTime, duration ?? 0)}
              aria-valuetext={`${clock(currentTime)} of ${clock(duration)}`}
              disabled={duration === undefined}
              onChange={(event) => {
                store.seekTo(Number(event.currentTarget.value));
              }}
            />
            <span className="player-dock__time">{clock(duration)}</span>
          </>
        )}
      </div>

      <div className="player-dock__settings">
        <label className="player-dock__field">
          <span>Speed</span>
          <select
            value={String(speed)}
            onChange={(event) => {
              store.setSpeed(Number(event.currentTarget.value));
            }}
          >
            {SPEED_STEPS.map((step) => (
              <option key={step} value={String(step)}>
                {formatSpeed(step)}
              </option>
            ))}
          </select>
        </label>
        <label className="player-dock__field">
          <span>Volume</span>
          <input
            type="range"
            className="player-dock__volume"
            min={0}
            max={1}
            step={0.05}
            value={volume}
            aria-valuetext={`${String(Math.round(volume * 100))}%`}
            onChange={(event) => {
              store.setVolume(Number(event.currentTarget.value));
            }}
          />
        </label>
        <a className="button button--small" href={track.url} download>
          Download
        </a>
        <button type="button" className="button button--small" onClick={() => void copyLink()}>
          Copy link at current time
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Keyboard shortcuts"
          onClick={openHelp}
        >
          <span aria-hidden="true">?</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Close player"
          onClick={() => {
            store.close();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="player-dock__copied muted" role="status">
        {copyMessage}
      </p>
    </section>
  );
}
