import { formatDuration } from '@/lib/format/duration';
import { MAX_SECONDS } from '@/lib/calls-view/calls-view';

/**
 * The duration fields take seconds (`90`) or a clock (`1:30`, `1:02:03`), as the table shows
 * durations; the URL always carries seconds.
 */

export type DurationInput =
  { ok: true; seconds: number | undefined } | { ok: false; message: string };

const FORMAT_MESSAGE = 'Enter seconds (90) or minutes and seconds (1:30).';

/** Empty means "no limit". */
export function parseDurationInput(text: string): DurationInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, seconds: undefined };
  let seconds: number;
  const clock = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(trimmed);
  if (/^\d+$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else if (clock) {
    const [, hours = '0', minutes = '0', secs = '0'] = clock;
    // In h:mm:ss the minutes are two digits below 60 as well.
    if (Number(secs) > 59 || (clock[1] !== undefined && Number(minutes) > 59)) {
      return { ok: false, message: FORMAT_MESSAGE };
    }
    seconds = Number(hours) * 3600 + Number(minutes) * 60 + Number(secs);
  } else {
    return { ok: false, message: FORMAT_MESSAGE };
  }
  if (seconds > MAX_SECONDS) {
    return { ok: false, message: `Enter at most ${formatDurationInput(MAX_SECONDS)}.` };
  }
  return { ok: true, seconds };
}

/** How a URL duration reads in the field and on its chip: `1:30`; a fraction stays in seconds. */
export function formatDurationInput(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  return Number.isInteger(seconds) ? (formatDuration(seconds) ?? '') : `${seconds} s`;
}

/** Why `min`–`max` is not a range, or undefined when it is one (either end may be open). */
export function durationRangeProblem(
  min: number | undefined,
  max: number | undefined,
): string | undefined {
  if (min === undefined || max === undefined || min <= max) return undefined;
  return `The minimum (${formatDurationInput(min)}) is longer than the maximum (${formatDurationInput(max)}).`;
}
