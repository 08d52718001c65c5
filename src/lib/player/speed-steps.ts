/** The speeds the player offers, slowest first: 0.75× to 2×. */
export const SPEED_STEPS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export const DEFAULT_SPEED = 1;

/** The offered speed nearest to `value`; 1× for anything that is not a finite number. */
export function nearestSpeed(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_SPEED;
  let best: number = DEFAULT_SPEED;
  for (const step of SPEED_STEPS) {
    if (Math.abs(step - value) < Math.abs(best - value)) best = step;
  }
  return best;
}

/** One step faster (`1`) or slower (`-1`) than `current`, stopping at either end. */
export function stepSpeed(current: number, direction: 1 | -1): number {
  const index = SPEED_STEPS.indexOf(nearestSpeed(current) as (typeof SPEED_STEPS)[number]);
  const next = Math.min(SPEED_STEPS.length - 1, Math.max(0, index + direction));
  return SPEED_STEPS[next] ?? DEFAULT_SPEED;
}

/** "1.25×" */
export function formatSpeed(speed: number): string {
  return `${String(speed)}×`;
}
