// A date (YYYY-MM-DD) without the system's date picker, which is small and fiddly on a kiosk: the year,
// month and day each with large minus and plus buttons (the year also by ten, as a birth year is far
// from today), or, for who prefers, the eight digits typed on the kiosk's digit pad. The day is held
// within its month; the field's bound (notFuture: a birth date; notPast: a wanted start) disables the
// buttons that would cross it. Today is a prop: the hall's business date, from the screen's clock.
import { useEffect, useState } from 'react';
import { isoToCompact } from '../../../../../domain/calendar-date.ts';
import { useT, type MessageKey } from '../../../i18n/i18n.tsx';
import { Button } from '../../../ui/button.tsx';
import { KeyboardInput } from '../../../ui/keyboard/keyboard-input.tsx';
import { isoOf, limitsOf, partsOf, startOf, step, typedDate, type DateBound, type DatePart, type DateParts } from './date-parts.ts';
import { FieldFrame, type FieldShellProps } from './field-frame.tsx';

export interface DateInputProps extends FieldShellProps {
  /** YYYY-MM-DD, or '' while nothing is chosen. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly bound?: DateBound;
  /** The hall's business date, YYYY-MM-DD. */
  readonly today: string;
}

const PART_WORDS: Readonly<Record<DatePart, MessageKey>> = { year: 'formWidgets.date.year', month: 'formWidgets.date.month', day: 'formWidgets.date.day' };
const TYPED_WORDS = {
  notDate: 'formWidgets.date.notDate',
  inFuture: 'formWidgets.date.inFuture',
  inPast: 'formWidgets.date.inPast',
  outOfRange: 'formWidgets.date.outOfRange',
} as const satisfies Record<string, MessageKey>;

export function DateInput({ value, onChange, bound = 'any', today, ...shell }: DateInputProps) {
  const t = useT();
  const { testId } = shell;
  const chosen = partsOf(value);
  const shown = chosen ?? startOf(today);
  const [typing, setTyping] = useState(false);
  const [digits, setDigits] = useState(() => isoToCompact(value) ?? '');
  const typed = typedDate(digits, bound, today);
  // A date set from outside while the digits are shown (the card's birth date arriving) replaces them.
  const typedIso = typed.ok ? typed.iso : '';
  useEffect(() => {
    if (value !== typedIso) setDigits(isoToCompact(value) ?? '');
    // Only when the value changes: the digits being typed are the citizen's own.
  }, [value]);
  const { min, max } = limitsOf(bound, today);

  const type = (next: string) => {
    setDigits(next);
    const r = typedDate(next, bound, today);
    const iso = r.ok ? r.iso : '';
    if (iso !== value) onChange(iso);
  };
  const switchWay = () => {
    setDigits(isoToCompact(value) ?? '');
    setTyping(!typing);
  };

  return (
    <FieldFrame {...shell} kind="date">
      <div className="fw-date-head">
        <output className={`fw-date-value${chosen ? '' : ' is-empty'}`} data-testid={`${testId}-value`} data-value={chosen ? value : ''} aria-live="polite">
          {chosen ? t('formWidgets.date.value', { year: chosen.year, month: pad(chosen.month), day: pad(chosen.day) }) : t('formWidgets.date.empty')}
        </output>
        {bound !== 'any' && <span className="fw-note">{t(bound === 'notFuture' ? 'formWidgets.date.bound.notFuture' : 'formWidgets.date.bound.notPast')}</span>}
      </div>
      {typing ? (
        <div className="fw-date-typed">
          <p className="fw-note">{t('formWidgets.date.typeHint')}</p>
          <KeyboardInput value={digits} onChange={type} layout="digits" maxLength={8} placeholder="YYYYMMDD" testId={`${testId}-digits`} activateOnShow />
          {!typed.ok && digits !== '' && (
            <p className={typed.why === 'incomplete' ? 'fw-note' : 'fw-error'} data-testid={`${testId}-typed-problem`} data-why={typed.why}>
              {typed.why === 'incomplete' ? t('formWidgets.date.incomplete', { n: 8 - digits.length }) : t(TYPED_WORDS[typed.why])}
            </p>
          )}
        </div>
      ) : (
        <div className={`fw-date-steppers${chosen ? '' : ' is-empty'}`}>
          {(['year', 'month', 'day'] as const).map((part) => (
            <Stepper key={part} part={part} parts={shown} bound={bound} today={today} testId={testId} onStep={(p) => onChange(isoOf(p))} />
          ))}
        </div>
      )}
      <div className="fw-row">
        {!typing && today >= min && today <= max && (
          <Button variant="secondary" onPress={() => onChange(today)} testId={`${testId}-today`} disabled={value === today}>
            {t('formWidgets.date.today')}
          </Button>
        )}
        <Button variant="secondary" onPress={switchWay} testId={`${testId}-way`}>
          {t(typing ? 'formWidgets.date.stepWay' : 'formWidgets.date.typeWay')}
        </Button>
      </div>
    </FieldFrame>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

function Stepper({ part, parts, bound, today, testId, onStep }: { part: DatePart; parts: DateParts; bound: DateBound; today: string; testId: string; onStep: (p: DateParts) => void }) {
  const t = useT();
  const name = t(PART_WORDS[part]);
  const deltas = part === 'year' ? [-10, -1, 1, 10] : [-1, 1];
  const button = (delta: number) => {
    const next = step(parts, part, delta, bound, today);
    const n = Math.abs(delta);
    const label = t(delta < 0 ? 'formWidgets.date.less' : 'formWidgets.date.more', { part: name, n });
    return (
      <Button key={delta} variant="secondary" onPress={() => next && onStep(next)} disabled={next === null} label={label} testId={`${testId}-${part}-${delta < 0 ? 'less' : 'more'}-${n}`}>
        <span className="fw-step">{`${delta < 0 ? '−' : '+'}${n}`}</span>
      </Button>
    );
  };
  const half = deltas.length / 2;
  return (
    <div className={`fw-stepper fw-stepper-${part}`} role="group" aria-label={name}>
      <span className="fw-stepper-name">{name}</span>
      {part !== 'year' && <span className="fw-step-spacer" aria-hidden="true" />}
      {deltas.slice(0, half).map(button)}
      <span className="fw-stepper-value" data-testid={`${testId}-${part}`}>
        {part === 'year' ? parts.year : pad(parts[part])}
      </span>
      {deltas.slice(half).map(button)}
      {part !== 'year' && <span className="fw-step-spacer" aria-hidden="true" />}
    </div>
  );
}
