// One field of a section: the widgets' input (label, 必填, the problem in words under the label, the
// 填写说明 and the 示范文本, widgets/field-input.tsx), marked when its value came from the ID card.
import type { FieldProblem } from '../../../../domain/form-rules.ts';
import type { FormField as Field, FormValue } from '../../../../domain/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FieldInput } from './widgets/field-input.tsx';

export interface FormFieldProps {
  readonly field: Field;
  readonly value: FormValue | undefined;
  readonly required: boolean;
  readonly fromCard: boolean;
  readonly problem: FieldProblem | null;
  readonly today: string;
  readonly onChange: (value: FormValue | undefined) => void;
}

export function FormField({ field, value, required, fromCard, problem, today, onChange }: FormFieldProps) {
  const t = useT();
  return (
    <div className={`form-field${problem ? ' has-problem' : ''}`} data-testid={`form-field-${field.id}`} data-field={field.id} data-from-card={fromCard} data-problem={problem?.code}>
      {fromCard && (
        <p className="form-from-card" data-testid={`form-field-${field.id}-from-card`}>
          {t('forms.field.fromCard')}
        </p>
      )}
      <FieldInput field={field} value={value} onChange={onChange} problem={problem} required={required} today={today} />
    </div>
  );
}
