import { useEffect, useRef } from 'react';
import type { Call } from '@/lib/call-log/call-schema';
import { player } from '@/lib/player/player-store';
import { trackOf } from '@/lib/player/player-track';

/**
 * A link with `t=` plays its call from that second once the call is known, once per link. If the
 * browser refuses to start on its own, the player offers "Play from m:ss".
 */
export function useMomentLink(call: Call | undefined, t: number | undefined): void {
  const handled = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!call || t === undefined) return;
    const key = `${call._id}@${String(t)}`;
    if (handled.current === key) return;
    handled.current = key;
    const track = trackOf(call);
    // Playback is an external system: starting it is what this effect synchronises.
    if (track) player.play(track, { startAt: t });
  }, [call, t]);
}
