import { player } from '@/lib/player/player-store';

const attachToPlayer = (element: HTMLAudioElement) => player.attach(element);

/** The app's one `<audio>` element; the layout owns it, so playback outlives every page. */
export function PlayerAudio() {
  return <audio ref={attachToPlayer} preload="metadata" />;
}
