// A text, number, ID-number or phone field on the kiosk's own keyboard (ui/keyboard, reused): pinyin for
// Chinese text, the digit pad for numbers and phones, the ID-number pad (X only as the 18th character,
// the check character checked as it is typed). The unit (元, 平方米) stands after the field.
import { useT } from '../../../i18n/i18n.tsx';
import { KeyboardInput, type KeyboardLayout } from '../../../ui/keyboard/keyboard-input.tsx';
import { FieldFrame, type FieldShellProps } from './field-frame.tsx';

export type TextKind = 'text' | 'textarea' | 'number' | 'idNumber' | 'phone';

export interface TextFieldProps extends FieldShellProps {
  readonly kind: TextKind;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength?: number;
  readonly unit?: string;
  /** number: digits allowed after the point (0: whole numbers). */
  readonly decimals?: number;
}

/** The keyboard a kind of field opens. */
export function layoutFor(kind: TextKind, decimals = 0): KeyboardLayout {
  switch (kind) {
    case 'text':
    case 'textarea':
      return 'pinyin';
    case 'idNumber':
      return 'idNumber';
    case 'phone':
      return 'digits';
    case 'number':
      return decimals > 0 ? 'decimal' : 'digits';
  }
}

/** The most characters a kind takes when the form sets none: a phone with its area code, a long number. */
function defaultMax(kind: TextKind): number {
  switch (kind) {
    case 'text':
      return 100;
    case 'textarea':
      return 500;
    case 'idNumber':
      return 18;
    case 'phone':
      return 12;
    case 'number':
      return 15;
  }
}

export function TextField({ kind, value, onChange, maxLength, unit, decimals = 0, ...shell }: TextFieldProps) {
  const t = useT();
  return (
    <FieldFrame {...shell} kind={`text fw-${kind}`}>
      <div className="fw-text-row">
        <KeyboardInput value={value} onChange={onChange} layout={layoutFor(kind, decimals)} maxLength={maxLength ?? defaultMax(kind)} placeholder={t('formWidgets.text.placeholder')} testId={`${shell.testId}-input`} />
        {unit && <span className="fw-unit">{unit}</span>}
      </div>
    </FieldFrame>
  );
}
