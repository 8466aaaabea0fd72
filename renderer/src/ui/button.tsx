// The one button: `onPress` fires on release if the finger did not wander more than the press
// tolerance (a swipe is not a press), or on Enter/Space from a keypad. Nothing happens on hover.
import { useRef, useState, type ReactNode, type PointerEvent } from 'react';
import { sizesMm } from './theme.ts';
import { usePxPerMm } from './theme-root.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'tile' | 'toggle';

export interface ButtonProps {
  readonly onPress: () => void;
  readonly children: ReactNode;
  readonly variant?: ButtonVariant;
  readonly disabled?: boolean;
  /** For toggles: on or off, announced to assistive technology. */
  readonly pressed?: boolean;
  readonly label?: string;
  readonly testId?: string;
}

export function Button({ onPress, children, variant = 'primary', disabled, pressed, label, testId }: ButtonProps) {
  const pxMm = usePxPerMm();
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  const [down, setDown] = useState(false);
  const cancel = () => {
    start.current = null;
    setDown(false);
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (disabled || start.current) return;
    start.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
    setDown(true);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const s = start.current;
    if (!s || s.id !== e.pointerId) return;
    if (Math.hypot(e.clientX - s.x, e.clientY - s.y) > sizesMm.pressTolerance * pxMm) cancel();
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const s = start.current;
    if (!s || s.id !== e.pointerId) return;
    cancel();
    const r = e.currentTarget.getBoundingClientRect();
    const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (inside && !disabled) onPress();
  };
  return (
    <button
      type="button"
      className={`btn btn-${variant}${down ? ' is-down' : ''}`}
      disabled={disabled}
      aria-pressed={pressed}
      aria-label={label}
      data-testid={testId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={cancel}
      onPointerLeave={cancel}
      // A click with detail 0 comes from the keyboard (Enter/Space); pointer presses are handled above.
      onClick={(e) => e.detail === 0 && !disabled && onPress()}
      onContextMenu={(e) => e.preventDefault()}
    >
      {children}
    </button>
  );
}
