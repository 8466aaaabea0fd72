// Choosing by tapping large tiles: Choice (one of the options, like radio buttons: tapping another moves
// the choice), MultiChoice (any of them, each tile toggles) and Checkbox (a declaration to tick: 本人承诺
// 所填内容真实). Each tile says by its mark and its colour whether it is chosen, not by colour alone.
import { useT } from '../../../i18n/i18n.tsx';
import { Button } from '../../../ui/button.tsx';
import { FieldFrame, type FieldShellProps } from './field-frame.tsx';

export interface Option {
  readonly value: string;
  readonly label: string;
}

/** Many options (the 56 民族) get narrower tiles, so the list stays a few screens long, not a dozen. */
export const MANY_OPTIONS = 12;
const tilesClass = (options: readonly Option[]) => `fw-tiles${options.length > MANY_OPTIONS ? ' is-many' : ''}`;

export interface ChoiceProps extends FieldShellProps {
  readonly options: readonly Option[];
  /** The option's value, or '' while none is chosen. */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function Choice({ options, value, onChange, ...shell }: ChoiceProps) {
  const t = useT();
  return (
    <FieldFrame {...shell} kind="choice">
      <p className="fw-note">{t('formWidgets.choice.one')}</p>
      <div className={tilesClass(options)} role="radiogroup" aria-label={shell.label}>
        {options.map((o) => (
          <Tile key={o.value} on={o.value === value} mark="radio" onPress={() => onChange(o.value)} testId={`${shell.testId}-option-${o.value}`}>
            {o.label}
          </Tile>
        ))}
      </div>
    </FieldFrame>
  );
}

export interface MultiChoiceProps extends FieldShellProps {
  readonly options: readonly Option[];
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
}

export function MultiChoice({ options, value, onChange, ...shell }: MultiChoiceProps) {
  const t = useT();
  // Kept in the options' order, whatever the order of the taps.
  const toggle = (v: string) => onChange(options.map((o) => o.value).filter((x) => (x === v ? !value.includes(x) : value.includes(x))));
  return (
    <FieldFrame {...shell} kind="multi-choice">
      <p className="fw-note">{t('formWidgets.choice.many')}</p>
      <div className={tilesClass(options)} role="group" aria-label={shell.label}>
        {options.map((o) => (
          <Tile key={o.value} on={value.includes(o.value)} mark="box" onPress={() => toggle(o.value)} testId={`${shell.testId}-option-${o.value}`}>
            {o.label}
          </Tile>
        ))}
      </div>
    </FieldFrame>
  );
}

export interface CheckboxProps extends Omit<FieldShellProps, 'example'> {
  /** The declaration's words, on the tile itself (the label names the field above it). */
  readonly text: string;
  readonly value: boolean;
  readonly onChange: (value: boolean) => void;
}

export function Checkbox({ text, value, onChange, ...shell }: CheckboxProps) {
  const t = useT();
  return (
    <FieldFrame {...shell} kind="checkbox">
      <Tile on={value} mark="box" onPress={() => onChange(!value)} testId={`${shell.testId}-tick`} wide>
        <span className="fw-tile-text">{text}</span>
        <span className="fw-tile-state">{t(value ? 'formWidgets.checkbox.on' : 'formWidgets.checkbox.off')}</span>
      </Tile>
    </FieldFrame>
  );
}

function Tile({ on, mark, onPress, testId, wide, children }: { on: boolean; mark: 'radio' | 'box'; onPress: () => void; testId: string; wide?: boolean; children: React.ReactNode }) {
  const sign = mark === 'radio' ? (on ? '◉' : '○') : on ? '☑' : '☐';
  return (
    <Button variant="toggle" pressed={on} onPress={onPress} testId={testId}>
      <span className={`fw-tile${wide ? ' is-wide' : ''}`} data-on={on}>
        <span className="fw-mark" aria-hidden="true">
          {sign}
        </span>
        <span className="fw-tile-body">{children}</span>
      </span>
    </Button>
  );
}
