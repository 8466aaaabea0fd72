// PLACEHOLDER until the widgets branch's SignaturePad (widgets/) is merged: a pad that records the
// finger's (or mouse's) strokes as vector points in its own units, never as an image.
import { useRef, type PointerEvent } from 'react';
import type { SignatureValue } from '../../../../domain/forms.ts';

const W = 1000;
const H = 400;

export function SignPad({ value, onChange, label, testId }: { value: SignatureValue | null; onChange: (v: SignatureValue | null) => void; label: string; testId: string }) {
  const drawing = useRef<[number, number][] | null>(null);
  const strokes = value?.strokes ?? [];
  const point = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const clamp = (n: number, max: number) => Math.round(Math.min(max, Math.max(0, n)));
    return [clamp(((e.clientX - r.left) / r.width) * W, W), clamp(((e.clientY - r.top) / r.height) * H, H)];
  };
  const down = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = [point(e)];
    onChange({ width: W, height: H, strokes: [...strokes, drawing.current] });
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const s = drawing.current;
    if (!s || s.length >= 2000) return;
    s.push(point(e));
    onChange({ width: W, height: H, strokes: [...strokes.slice(0, -1), [...s]] });
  };
  const up = () => {
    drawing.current = null;
  };
  return (
    <svg className="form-sign-pad" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid={testId} data-strokes={strokes.length} onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up}>
      <line x1={40} x2={W - 40} y1={H - 80} y2={H - 80} className="form-sign-line" />
      {strokes.map((s, i) => (
        <polyline key={i} points={s.map(([x, y]) => `${x},${y}`).join(' ')} className="form-sign-stroke" />
      ))}
    </svg>
  );
}
