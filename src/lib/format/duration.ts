/**
 * A call length as a clock: `m:ss` under an hour, `h:mm:ss` from an hour on. Fractions round to
 * the nearest second. Undefined when there is nothing honest to show (missing, negative, not finite).
 */
export function formatDuration(seconds: number | null | undefined): string | undefined {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
    return undefined;
  }
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, '0');
  if (hours === 0) return `${minutes}:${secs}`;
  return `${hours}:${String(minutes).padStart(2, '0')}:${secs}`;
}
