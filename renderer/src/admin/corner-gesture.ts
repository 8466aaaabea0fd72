// The hidden gesture that opens the admin panel's PIN pad: 5 taps within 3 s in the top-right corner
// (a 20 mm square). Pure, so it is tested without a screen: taps and times in, "open" out.

export const GESTURE = { taps: 5, withinMs: 3000, cornerMm: 20 } as const;

/** Whether a point (CSS px from the top-left) lies in the top-right corner square of the viewport. */
export function inCorner(x: number, y: number, viewportWidth: number, cornerPx: number): boolean {
  return y >= 0 && y <= cornerPx && x >= viewportWidth - cornerPx && x <= viewportWidth;
}

/**
 * One tap in the corner at `at` (ms): the taps still inside the window (this one included), and
 * whether this tap completes the gesture (then the count starts again from nothing).
 */
export function cornerTap(taps: readonly number[], at: number, g: { taps: number; withinMs: number } = GESTURE): { taps: number[]; open: boolean } {
  const recent = [...taps.filter((t) => at - t < g.withinMs && t <= at), at];
  if (recent.length >= g.taps) return { taps: [], open: true };
  return { taps: recent, open: false };
}
