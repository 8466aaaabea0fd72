// A text field the citizen fills with the kiosk's own on-screen keyboard (no system keyboard exists
// on a kiosk). This first version has letters and digits only; the full keyboard (pinyin with
// candidate characters, the ID-number layout with X, scanner input into the focused field) replaces
// the keys below behind the same props.
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../button.tsx';

export type KeyboardLayout = 'pinyin' | 'letters' | 'digits' | 'idNumber';

export interface KeyboardInputProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly layout: KeyboardLayout;
  /** Shown in the field while it is empty. */
  readonly placeholder: string;
  readonly maxLength?: number;
  readonly testId: string;
}

const ROWS: Record<KeyboardLayout, readonly string[]> = {
  pinyin: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'],
  letters: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'],
  digits: ['123', '456', '789', '0'],
  idNumber: ['123', '456', '789', 'X0'],
};

export function KeyboardInput({ value, onChange, layout, placeholder, maxLength = 60, testId }: KeyboardInputProps) {
  const t = useT();
  const type = (s: string) => value.length < maxLength && onChange(value + s);
  return (
    <div className="keyboard-input" data-testid={testId}>
      <output className="keyboard-field" data-testid={`${testId}-field`} aria-live="polite">
        {value || <span className="muted">{placeholder}</span>}
      </output>
      <div className={`keyboard keyboard-${layout}`} role="group" aria-label={t('keyboard.label')}>
        {ROWS[layout].map((row) => (
          <div className="keyboard-row" key={row}>
            {[...row].map((k) => (
              <Button key={k} variant="secondary" onPress={() => type(k)} testId={`key-${k}`}>
                {k}
              </Button>
            ))}
          </div>
        ))}
        <div className="keyboard-row">
          <Button variant="secondary" onPress={() => onChange(value.slice(0, -1))} testId="key-backspace" label={t('keyboard.backspace')}>
            ⌫
          </Button>
          <Button variant="secondary" onPress={() => onChange('')} testId="key-clear">
            {t('keyboard.clear')}
          </Button>
        </div>
      </div>
    </div>
  );
}
