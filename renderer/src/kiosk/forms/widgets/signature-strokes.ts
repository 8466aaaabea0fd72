// The signature pad's strokes, pure: points as the pointer gave them, kept in the pad's own units
// (CSS pixels of the pad, origin top left, each point held inside the pad and rounded to a tenth), thinned
// (a point closer than MIN_STEP to the last one adds nothing to the line but bytes), within the limits of
// SignatureValue (domain/forms.ts: 200 strokes, 2000 points a stroke); and the judgement whether what
// was drawn can stand for a signature: not nothing, not a dot or a short tick.
import type { SignatureValue } from '../../../../../domain/forms.ts';

export type Point = readonly [number, number];
export type Stroke = readonly Point[];

export const MAX_STROKES = 200;
export const MAX_POINTS = 2000;
/** Pad units between kept points. */
export const MIN_STEP = 1.5;
/**
 * A signature's ink, all strokes' lengths together, is at least this share of the pad's width, and
 * its box this share of the pad's height: a name in two characters written large enough to read passes,
 * a tap, a dot or a short dash does not.
 */
export const MIN_INK_SHARE = 0.25;
export const MIN_HEIGHT_SHARE = 0.08;

const round = (n: number) => Math.round(n * 10) / 10;

/** A point held inside a pad of this size. */
export function padPoint(x: number, y: number, width: number, height: number): Point {
  return [round(Math.min(Math.max(x, 0), width)), round(Math.min(Math.max(y, 0), height))];
}

/** The stroke with the point added, unless it is too close to the last point or the stroke is full. */
export function extend(stroke: Stroke, p: Point): Stroke {
  const last = stroke[stroke.length - 1];
  if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < MIN_STEP) return stroke;
  return stroke.length >= MAX_POINTS ? stroke : [...stroke, p];
}

function inkLength(strokes: readonly Stroke[]): number {
  let sum = 0;
  for (const s of strokes) for (let i = 1; i < s.length; i++) sum += Math.hypot(s[i]![0] - s[i - 1]![0], s[i]![1] - s[i - 1]![1]);
  return sum;
}

export type SignatureProblem = 'empty' | 'tooSmall' | 'tooManyStrokes';

/** Why these strokes are not a signature, or null when they may stand as one. */
export function signatureProblem(strokes: readonly Stroke[], width: number, height: number): SignatureProblem | null {
  if (strokes.length === 0) return 'empty';
  if (strokes.length > MAX_STROKES) return 'tooManyStrokes';
  const ys = strokes.flatMap((s) => s.map((p) => p[1]));
  const tall = Math.max(...ys) - Math.min(...ys);
  if (inkLength(strokes) < width * MIN_INK_SHARE || tall < height * MIN_HEIGHT_SHARE) return 'tooSmall';
  return null;
}

/** The value a form keeps: the pad's size in whole units and the strokes; null when no signature. */
export function signatureValue(strokes: readonly Stroke[], width: number, height: number): SignatureValue | null {
  if (signatureProblem(strokes, width, height) !== null) return null;
  const w = Math.round(width);
  const h = Math.round(height);
  return {
    width: w,
    height: h,
    strokes: strokes.map((s) => s.map(([x, y]) => [Math.min(x, w), Math.min(y, h)] as [number, number])),
  };
}

/** Strokes of a value drawn on a pad of another size (the screen turned): scaled to fit, kept in proportion. */
export function scaled(value: SignatureValue, width: number, height: number): Stroke[] {
  return resized(value.strokes, value, { width, height });
}

/** Strokes drawn on a pad of size `from` for a pad of size `to`: one scale for both axes, so the name keeps its shape. */
export function resized(strokes: readonly Stroke[], from: { readonly width: number; readonly height: number }, to: { readonly width: number; readonly height: number }): Stroke[] {
  const k = Math.min(to.width / from.width, to.height / from.height);
  return strokes.map((s) => s.map(([x, y]) => [round(x * k), round(y * k)] as const));
}
