import type { Call } from '@/lib/call-log/call-schema';
import { contactSummary, repName } from '@/lib/call-log/call-display';

/** What the player needs to know about the call it plays. */
export interface PlayerTrack {
  callId: string;
  /** Always an absolute http(s) URL: nothing else may reach `<audio src>` or a download link. */
  url: string;
  rep: string | undefined;
  contact: string | undefined;
  startedAt: string | undefined;
}

/** The URL when it is absolute http(s), else undefined (`javascript:`, `data:`, relative, garbage). */
export function playableUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The call as a track, or undefined when it has no recording the browser may load. */
export function trackOf(call: Call): PlayerTrack | undefined {
  const url = playableUrl(call.recording_url);
  if (url === undefined) return undefined;
  const contact = contactSummary(call.contact);
  return {
    callId: call._id,
    url,
    rep: repName(call.user),
    contact: contact?.name ?? contact?.company,
    startedAt: call.started_at,
  };
}

export const hasRecording = (call: Call): boolean => trackOf(call) !== undefined;
