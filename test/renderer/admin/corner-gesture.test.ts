// The hidden gesture as a pure rule: 5 taps within 3 s in the top-right 20 mm square open the pad.
import { describe, expect, it } from 'vitest';
import { cornerTap, GESTURE, inCorner } from '../../../renderer/src/admin/corner-gesture.ts';

const run = (times: number[]) => {
  let taps: number[] = [];
  return times.map((at) => {
    const r = cornerTap(taps, at);
    taps = r.taps;
    return r.open;
  });
};

describe('corner gesture', () => {
  it('opens on the 5th tap within 3 s, and only then', () => {
    expect(run([0, 400, 800, 1200, 1600])).toEqual([false, false, false, false, true]);
    expect(run([0, 100, 200, 300, 2999])).toEqual([false, false, false, false, true]);
  });

  it('does not open when the five taps take 3 s or more', () => {
    expect(run([0, 1000, 2000, 2500, 3000])).toEqual([false, false, false, false, false]);
    // ...but the last five of a longer run within the window do.
    expect(run([0, 1000, 2000, 2500, 3000, 3100])).toEqual([false, false, false, false, false, true]);
  });

  it('starts counting again after it opened', () => {
    expect(run([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([false, false, false, false, true, false, false, false, false, true]);
  });

  it('the corner is the top-right square of 20 mm', () => {
    expect(GESTURE).toEqual({ taps: 5, withinMs: 3000, cornerMm: 20 });
    const px = 20 * (96 / 25.4); // about 75.6 CSS px at the nominal 96 dpi
    expect(inCorner(1080 - 1, 1, 1080, px)).toBe(true);
    expect(inCorner(1080 - 75, 75, 1080, px)).toBe(true);
    expect(inCorner(1080 - 77, 10, 1080, px)).toBe(false);
    expect(inCorner(1070, 77, 1080, px)).toBe(false);
    expect(inCorner(10, 10, 1080, px)).toBe(false);
  });
});
