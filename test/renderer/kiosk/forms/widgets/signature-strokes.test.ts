import { describe, expect, it } from 'vitest';
import { signatureValueSchema } from '../../../../../domain/forms.ts';
import { extend, MAX_POINTS, padPoint, resized, scaled, signatureProblem, signatureValue, type Stroke } from '../../../../../renderer/src/kiosk/forms/widgets/signature-strokes.ts';

const W = 800;
const H = 200;
/** A zigzag across most of the pad: what a written name leaves. */
const zigzag: Stroke = Array.from({ length: 40 }, (_, i) => [20 + i * 15, i % 2 === 0 ? 40 : 160] as const);

describe('signature strokes', () => {
  it('holds points inside the pad, rounded to a tenth', () => {
    expect(padPoint(-5, 250.123, W, H)).toEqual([0, 200]);
    expect(padPoint(12.345, 6.789, W, H)).toEqual([12.3, 6.8]);
  });

  it('drops a point too close to the last one, and stops a stroke at the point limit', () => {
    expect(extend([[10, 10]], [10.5, 10.5])).toEqual([[10, 10]]);
    expect(extend([[10, 10]], [13, 10])).toEqual([
      [10, 10],
      [13, 10],
    ]);
    const full: Stroke = Array.from({ length: MAX_POINTS }, (_, i) => [i * 2, 0] as const);
    expect(extend(full, [9999, 5])).toBe(full);
  });

  it('refuses nothing, a dot and a short dash; takes a written name', () => {
    expect(signatureProblem([], W, H)).toBe('empty');
    expect(signatureProblem([[[100, 100]]], W, H)).toBe('tooSmall');
    expect(signatureProblem([[[100, 100], [160, 102]]], W, H)).toBe('tooSmall');
    expect(signatureProblem([[[100, 100], [700, 101]]], W, H)).toBe('tooSmall'); // long but flat: a line, not a name
    expect(signatureProblem([zigzag], W, H)).toBeNull();
    expect(signatureValue([[[100, 100]]], W, H)).toBeNull();
  });

  it('gives a value the form schema accepts, drawn again at another size in proportion', () => {
    const v = signatureValue([zigzag, [[700, 20], [780, 190]]], W + 0.4, H);
    expect(v).not.toBeNull();
    expect(signatureValueSchema.safeParse(v).success).toBe(true);
    expect(v!.width).toBe(W);
    const half = scaled(v!, W / 2, H);
    expect(half[0]![1]).toEqual([17.5, 80]);
  });

  it('follows a pad that changes size, by one scale so the name keeps its shape, every point still inside', () => {
    const turned = resized([zigzag], { width: W, height: H }, { width: 400, height: 300 });
    expect(turned[0]![1]).toEqual([17.5, 80]);
    expect(turned.flat().every(([x, y]) => x <= 400 && y <= 300)).toBe(true);
    expect(signatureProblem(turned, 400, 300)).toBeNull();
  });
});
