// The marks a form draws that are not text: tick boxes (Noto Sans CJK has no ☐/☑), a QR as filled
// squares, and a signature's strokes scaled into its box. Pure: positioned draw operations (types.ts).
import type { DrawOp, QrModules, SignatureStrokes } from './types.ts';

/** A tick box one em wide on a text baseline; ticked, a check mark drawn through it. */
export function tickBox(page: DrawOp[], x: number, baseline: number, size: number, ticked: boolean, thickness: number): void {
  const side = size * 0.78;
  const left = x + (size - side) / 2;
  const top = baseline - size * 0.8;
  page.push({ op: 'rect', x: left, y: top, width: side, height: side, thickness });
  if (ticked) {
    const at = (fx: number, fy: number): [number, number] => [left + side * fx, top + side * fy];
    page.push({ op: 'polyline', points: [at(0.18, 0.5), at(0.42, 0.78), at(0.86, 0.2)], thickness: size * 0.11 });
  }
}

/** Dark modules as filled squares, a row's neighbouring modules merged into one rectangle. */
export function qrOps(qr: QrModules, x: number, y: number, size: number): DrawOp[] {
  const n = qr.rows.length;
  const m = size / Math.max(n, 1);
  const ops: DrawOp[] = [];
  qr.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      ops.push({ op: 'fill', x: x + start * m, y: y + r * m, width: (c - start) * m, height: m, gray: 0 });
    }
  });
  return ops;
}

/**
 * Strokes scaled into a box: the drawn part (its bounding box, not the whole pad's empty margins)
 * fills the box as far as its shape allows, centred, aspect kept; at most 3 times the scale of the
 * whole pad fitted into the box, so a small scribble is not blown up.
 */
export function strokesInBox(sig: SignatureStrokes, x: number, y: number, width: number, height: number, thickness: number): DrawOp[] {
  const points = sig.strokes.flat();
  if (points.length === 0) return [];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const padFit = Math.min(width / sig.width, height / sig.height);
  const scale = Math.min(width / Math.max(maxX - minX, 1), height / Math.max(maxY - minY, 1), padFit * 3);
  const ox = x + (width - (maxX - minX) * scale) / 2;
  const oy = y + (height - (maxY - minY) * scale) / 2;
  return sig.strokes.map((stroke) => {
    const pts = stroke.map(([px, py]): [number, number] => [ox + (px - minX) * scale, oy + (py - minY) * scale]);
    // A tap (one point) is drawn as a dot: a segment of no length with round caps.
    return { op: 'polyline', points: pts.length === 1 && pts[0] ? [pts[0], pts[0]] : pts, thickness };
  });
}
