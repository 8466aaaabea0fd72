// The input for one form field, by its type. The widgets engineer's inputs (widgets/: DateInput,
// AddressInput with the region picker, choice tiles, text with the keyboard) are used where they exist;
// this file is the one place that picks them, so a screen never knows which input a type gets.
import type { AddressValue, FormField, FormValue } from '../../../../domain/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { dateFromDigits } from './form-words.ts';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput, type KeyboardLayout } from '../../ui/keyboard/keyboard-input.tsx';

export interface FieldInputProps {
  readonly field: FormField;
  readonly value: FormValue | undefined;
  readonly onChange: (value: FormValue | undefined) => void;
  readonly testId: string;
}

const text = (v: FormValue | undefined): string => (typeof v === 'string' ? v : '');
const isAddress = (v: FormValue | undefined): v is AddressValue => typeof v === 'object' && !Array.isArray(v) && 'detail' in v;

/** Typed characters as the value: '' is no answer at all. */
const typed = (s: string): FormValue | undefined => (s === '' ? undefined : s);

const keyboardOf: Partial<Record<FormField['type'], KeyboardLayout>> = { text: 'pinyin', textarea: 'pinyin', number: 'digits', phone: 'digits', idNumber: 'idNumber' };

export function FieldInput({ field, value, onChange, testId }: FieldInputProps) {
  const t = useT();
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'number':
    case 'phone':
    case 'idNumber':
      return (
        <KeyboardInput
          value={text(value)}
          onChange={(s) => onChange(typed(s))}
          layout={keyboardOf[field.type] ?? 'pinyin'}
          placeholder={t(field.type === 'idNumber' ? 'forms.field.placeholder.idNumber' : 'forms.field.placeholder')}
          maxLength={field.type === 'idNumber' ? 18 : field.type === 'phone' ? 12 : (field.maxLength ?? (field.type === 'textarea' ? 500 : 60))}
          testId={testId}
        />
      );
    case 'date':
      return (
        <KeyboardInput
          value={text(value).replace(/-/g, '')}
          onChange={(s) => onChange(typed(dateFromDigits(s)))}
          layout="digits"
          placeholder={t('forms.field.placeholder.date')}
          maxLength={8}
          testId={testId}
        />
      );
    case 'address': {
      const a = isAddress(value) ? value : null;
      return (
        <div className="form-address">
          {a && a.regionName !== '' && <p className="form-address-region">{a.regionName}</p>}
          <KeyboardInput
            value={a?.detail ?? ''}
            onChange={(s) => onChange(s === '' && !a?.regionCode ? undefined : { regionCode: a?.regionCode ?? null, regionName: a?.regionName ?? '', detail: s })}
            layout="pinyin"
            placeholder={t('forms.field.placeholder.address')}
            maxLength={field.maxLength ?? 120}
            testId={testId}
          />
        </div>
      );
    }
    case 'choice':
      return (
        <div className="form-choices" role="radiogroup" aria-label={field.label} data-testid={testId}>
          {field.options?.map((o) => (
            <Button key={o.value} variant="toggle" pressed={value === o.value} onPress={() => onChange(o.value)} testId={`${testId}-${o.value}`}>
              {o.label}
            </Button>
          ))}
        </div>
      );
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <div className="form-choices" role="group" aria-label={field.label} data-testid={testId}>
          {field.options?.map((o) => {
            const on = chosen.includes(o.value);
            const next = on ? chosen.filter((x) => x !== o.value) : [...chosen, o.value];
            return (
              <Button key={o.value} variant="toggle" pressed={on} onPress={() => onChange(next.length ? next : undefined)} testId={`${testId}-${o.value}`}>
                {o.label}
              </Button>
            );
          })}
        </div>
      );
    }
    case 'checkbox':
      return (
        <div className="form-choices" data-testid={testId}>
          <Button variant="toggle" pressed={value === true} onPress={() => onChange(value !== true)} testId={`${testId}-yes`}>
            {value === true ? '☑ ' : '☐ '}
            {t(value === true ? 'forms.field.checked' : 'forms.field.unchecked')}
          </Button>
        </div>
      );
    case 'signature':
      // A form's own signature field is drawn on the signature step, with the pad.
      return <p className="muted">{t('forms.field.signatureLater')}</p>;
  }
}
