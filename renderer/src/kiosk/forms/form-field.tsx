// One field of a section: its label (必填 marked), the input, what went wrong in words that say what to
// do, then the 填写说明 and the 示范文本 beside it, and a mark when the value came from the ID card.
import type { FieldProblem } from '../../../../domain/form-rules.ts';
import type { FormField as Field, FormValue } from '../../../../domain/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FieldInput } from './field-input.tsx';
import { exampleText, problemText } from './form-words.ts';

export interface FormFieldProps {
  readonly field: Field;
  readonly value: FormValue | undefined;
  readonly required: boolean;
  readonly fromCard: boolean;
  readonly problem: FieldProblem | null;
  readonly onChange: (value: FormValue | undefined) => void;
}

export function FormField({ field, value, required, fromCard, problem, onChange }: FormFieldProps) {
  const t = useT();
  const id = `form-field-${field.id}`;
  return (
    <div className={`form-field${problem ? ' has-problem' : ''}`} data-testid={id} data-field={field.id} data-from-card={fromCard} data-problem={problem?.code}>
      <div className="form-field-main">
        <h3 className="form-field-label">
          {field.label}
          {field.unit && <span className="muted">（{field.unit}）</span>}
          {required ? <span className="form-required">{t('forms.field.required')}</span> : <span className="form-optional muted">{t('forms.field.optional')}</span>}
          {fromCard && (
            <span className="form-from-card" data-testid={`${id}-from-card`}>
              {t('forms.field.fromCard')}
            </span>
          )}
        </h3>
        {problem && (
          <p className="alert-inline form-problem" role="alert" data-testid={`${id}-problem`}>
            {problemText(t, problem, field)}
          </p>
        )}
        <FieldInput field={field} value={value} onChange={onChange} testId={`${id}-input`} />
      </div>
      <aside className="form-field-help">
        {field.help && <p>{field.help}</p>}
        <p data-testid={`${id}-example`}>
          <span className="form-example-label">{t('forms.field.example')}</span>
          {exampleText(t, field)}
        </p>
      </aside>
    </div>
  );
}
