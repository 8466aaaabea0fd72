// The signature pad: the citizen writes their name with a finger or a pen (pointer events, so touch,
// pen and mouse alike), captured as vector strokes in the pad's own units (signature-strokes.ts), never
// as an image: the PDF draws them as paths at any size. Undo the last stroke, or clear and sign again.
// What is too little to be a signature (nothing, a dot, a short dash) is refused in words and gives
// the form no value; the value changes only when a stroke ends.
import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import type { SignatureValue } from '../../../../../domain/forms.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { Button } from '../../../ui/button.tsx';
import { FieldFrame, type FieldShellProps } from './field-frame.tsx';
import { extend, MAX_STROKES, padPoint, resized, scaled, signatureProblem, signatureValue, type SignatureProblem, type Stroke } from './signature-strokes.ts';

export interface SignaturePadProps extends FieldShellProps {
  readonly value: SignatureValue | undefined;
  /** A signature, or undefined when the pad holds none (cleared, or too little to count). */
  readonly onChange: (value: SignatureValue | undefined) => void;
}

const NOT_YET = Symbol('not drawn yet');

interface Size {
  readonly width: number;
  readonly height: number;
}

export function SignaturePad({ value, onChange, ...shell }: SignaturePadProps) {
  const t = useT();
  const { testId } = shell;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [strokes, setStrokes] = useState<readonly Stroke[]>([]);
  const [problem, setProblem] = useState<SignatureProblem | null>(null);
  const drawing = useRef<{ pointerId: number; stroke: Stroke } | null>(null);
  /**
   * The value this pad last gave or drew: any other came from outside (the draft shown again, the
   * visit's end) and is drawn. NOT_YET until the pad has a size to draw the first value at.
   */
  const emitted = useRef<SignatureValue | undefined | typeof NOT_YET>(NOT_YET);

  // The pad's size in CSS pixels, its own units: followed as the screen turns or the text grows.
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let last: Size | null = null;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const next = { width: Math.round(r.width), height: Math.round(r.height) };
      if (last && next.width === last.width && next.height === last.height) return;
      // The strokes drawn so far follow the pad (the screen turned, the text grew), in proportion.
      const from = last;
      if (from && next.width > 0 && next.height > 0) setStrokes((all) => resized(all, from, next));
      last = next;
      setSize(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!size || value === emitted.current) return;
    emitted.current = value;
    setStrokes(value ? scaled(value, size.width, size.height) : []);
    setProblem(null);
  }, [value, size]);

  useEffect(() => {
    if (size) paint(canvas.current, size, drawing.current ? [...strokes, drawing.current.stroke] : strokes);
  }, [size, strokes]);

  const emit = (next: readonly Stroke[]) => {
    setStrokes(next);
    if (!size) return;
    const why = signatureProblem(next, size.width, size.height);
    setProblem(why === 'empty' ? null : why);
    const v = signatureValue(next, size.width, size.height) ?? undefined;
    emitted.current = v;
    if (v !== value) onChange(v);
  };

  const pointOf = (e: PointerEvent<HTMLCanvasElement> | globalThis.PointerEvent) => {
    const r = canvas.current!.getBoundingClientRect();
    return padPoint(e.clientX - r.left, e.clientY - r.top, size?.width ?? r.width, size?.height ?? r.height);
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (drawing.current || !size) return;
    if (strokes.length >= MAX_STROKES) {
      setProblem('tooManyStrokes');
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = { pointerId: e.pointerId, stroke: [pointOf(e)] };
    paint(canvas.current, size, [...strokes, drawing.current.stroke]);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drawing.current;
    if (!d || d.pointerId !== e.pointerId || !size) return;
    // A pen or finger moves faster than frames come: the events in between make the line smooth.
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const ev of events.length > 0 ? events : [e.nativeEvent]) d.stroke = extend(d.stroke, pointOf(ev));
    paint(canvas.current, size, [...strokes, d.stroke]);
  };
  const onPointerEnd = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drawing.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drawing.current = null;
    emit([...strokes, d.stroke]);
  };

  const signed = problem === null && strokes.length > 0 && value !== undefined;
  return (
    <FieldFrame {...shell} kind="signature">
      {!shell.error && <p className="fw-note">{t('formWidgets.signature.prompt')}</p>}
      <canvas
        ref={canvas}
        className="fw-signature-pad"
        data-testid={`${testId}-pad`}
        data-strokes={strokes.length}
        aria-label={t('formWidgets.signature.pad')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onContextMenu={(e) => e.preventDefault()}
      />
      {problem !== null && (
        <p className="fw-error" role="alert" data-testid={`${testId}-refused`} data-why={problem}>
          {t(problem === 'tooSmall' ? 'formWidgets.signature.tooSmall' : 'formWidgets.signature.tooManyStrokes')}
        </p>
      )}
      {signed && (
        <p className="fw-ok" data-testid={`${testId}-signed`}>
          {t('formWidgets.signature.done')}
        </p>
      )}
      <div className="fw-row">
        <Button variant="secondary" onPress={() => emit(strokes.slice(0, -1))} disabled={strokes.length === 0} testId={`${testId}-undo`}>
          {t('formWidgets.signature.undo')}
        </Button>
        <Button variant="secondary" onPress={() => emit([])} disabled={strokes.length === 0} testId={`${testId}-clear`}>
          {t('formWidgets.signature.clear')}
        </Button>
      </div>
    </FieldFrame>
  );
}

/** Draws the strokes on the canvas at the screen's pixel density, in the theme's text colour. */
function paint(el: HTMLCanvasElement | null, size: Size, strokes: readonly Stroke[]): void {
  const ctx = el?.getContext('2d');
  if (!el || !ctx) return;
  const dpr = window.devicePixelRatio || 1;
  if (el.width !== Math.round(size.width * dpr) || el.height !== Math.round(size.height * dpr)) {
    el.width = Math.round(size.width * dpr);
    el.height = Math.round(size.height * dpr);
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  const style = getComputedStyle(el);
  ctx.strokeStyle = style.color;
  ctx.fillStyle = style.color;
  ctx.lineWidth = Math.max(3, size.width / 250);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    const [first, ...rest] = s;
    if (!first) continue;
    if (rest.length === 0) {
      ctx.beginPath();
      ctx.arc(first[0], first[1], ctx.lineWidth / 2, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    ctx.beginPath();
    ctx.moveTo(first[0], first[1]);
    for (const [x, y] of rest) ctx.lineTo(x, y);
    ctx.stroke();
  }
}
