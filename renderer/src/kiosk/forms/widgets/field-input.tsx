// One form field as the citizen fills it: the input its type calls for, with the field's label, help,
// example and its problem in words. The form screens render every field through this; the value is the
// form's own (FormValue of domain/forms.ts); undefined is "not filled".
import type { FieldProblem } from '../../../../../domain/form-rules.ts';
import type { AddressValue, FormField, FormValue, SignatureValue } from '../../../../../domain/forms.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { AddressInput } from './address-input.tsx';
import { Checkbox, Choice, MultiChoice } from './choice-tiles.tsx';
import { DateInput } from './date-input.tsx';
import { problemText } from './problem-words.ts';
import { SignaturePad } from './signature-pad.tsx';
import { TextField } from './text-field.tsx';

export interface FieldInputProps {
  readonly field: FormField;
  readonly value: FormValue | undefined;
  readonly onChange: (value: FormValue | undefined) => void;
  /** The field's problem from validateForm/validateSection, or null. */
  readonly problem: FieldProblem | null;
  /** Required now (isRequired of form-rules: requiredWhen may hold). */
  readonly required: boolean;
  /** The hall's business date, YYYY-MM-DD: a date's bound and the words of its problem. */
  readonly today: string;
  /** Defaults to `field-<id>`. */
  readonly testId?: string;
}

const text = (v: FormValue | undefined): string => (typeof v === 'string' ? v : '');
const isAddress = (v: FormValue | undefined): v is AddressValue => typeof v === 'object' && !Array.isArray(v) && 'detail' in v;
const isSignature = (v: FormValue | undefined): v is SignatureValue => typeof v === 'object' && !Array.isArray(v) && 'strokes' in v;

export function FieldInput({ field, value, onChange, problem, required, today, testId = `field-${field.id}` }: FieldInputProps) {
  const t = useT();
  const shell = {
    label: field.label,
    required,
    testId,
    error: problem ? problemText(t, field, problem, today) : null,
    ...(field.help === undefined ? {} : { help: field.help }),
  };
  const example = { example: field.example };
  // An emptied text is "not filled": the form keeps no empty strings.
  const setText = (v: string) => onChange(v === '' ? undefined : v);
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'number':
    case 'idNumber':
    case 'phone':
      return (
        <TextField
          {...shell}
          {...example}
          kind={field.type}
          value={text(value)}
          onChange={setText}
          decimals={field.decimals}
          {...(field.maxLength === undefined ? {} : { maxLength: field.maxLength })}
          {...(field.unit === undefined ? {} : { unit: field.unit })}
        />
      );
    case 'date':
      return <DateInput {...shell} {...example} value={text(value)} onChange={setText} bound={field.dateBound} today={today} />;
    case 'choice':
      return <Choice {...shell} example={field.options?.find((o) => o.value === field.example)?.label ?? field.example} options={field.options ?? []} value={text(value)} onChange={setText} />;
    case 'multiChoice':
      return <MultiChoice {...shell} options={field.options ?? []} value={Array.isArray(value) ? value : []} onChange={(v) => onChange(v.length === 0 ? undefined : v)} />;
    case 'checkbox':
      // The declaration's words are the tile's own: a checkbox's help is what it declares.
      return <Checkbox {...shell} help={undefined} text={field.help ?? field.label} value={value === true} onChange={(v) => onChange(v)} />;
    case 'address':
      return <AddressInput {...shell} {...example} value={isAddress(value) ? value : undefined} onChange={onChange} {...(field.maxLength === undefined ? {} : { maxLength: Math.min(field.maxLength, 120) })} />;
    case 'signature':
      return <SignaturePad {...shell} value={isSignature(value) ? value : undefined} onChange={onChange} />;
  }
}
