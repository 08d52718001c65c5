import type { Call } from '@/lib/call-log/call-schema';
import { player, usePlayer } from '@/lib/player/player-store';
import { trackOf } from '@/lib/player/player-track';
import './play-recording-cell.css';

/** A row's play button; rows without a playable recording get none. */
export function PlayRecordingCell({ call }: { call: Call }) {
  const track = trackOf(call);
  const isCurrent = usePlayer((state) => state.track?.callId === call._id);
  const isPlaying = usePlayer(
    (state) =>
      state.track?.callId === call._id &&
      (state.status === 'playing' || state.status === 'loading'),
  );
  if (!track) return null;
  const name = track.contact ?? 'this call';
  return (
    <>
      <button
        type="button"
        className={isCurrent ? 'play-recording play-recording--current' : 'play-recording'}
        aria-label={isPlaying ? `Pause recording: ${name}` : `Play recording: ${name}`}
        onClick={() => {
          if (isCurrent) player.toggle();
          else player.play(track);
        }}
      >
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path
            d={isPlaying ? 'M3 2 H5 V10 H3 Z M7 2 H9 V10 H7 Z' : 'M3 1.5 L10 6 L3 10.5 Z'}
            fill="currentColor"
          />
        </svg>
      </button>
      {isCurrent ? <span className="visually-hidden"> Now playing</span> : null}
    </>
  );
}
