// What every form input shows around itself: the label (with 必填 when required), the form's help
// (填写说明) and example (示范文本), and the problem in words right under the label, where it is seen
// even when the on-screen keyboard is open below the input.
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n.tsx';
import './widgets.css';

/** The props every input takes besides its value. */
export interface FieldShellProps {
  readonly label: string;
  readonly required?: boolean;
  readonly help?: string;
  /** The filled example, as the form writes it. */
  readonly example?: string;
  /** What is wrong, in words (problem-words.ts); null or absent when nothing is. */
  readonly error?: string | null;
  readonly testId: string;
}

export function FieldFrame({ label, required, help, example, error, testId, kind, children }: FieldShellProps & { readonly kind: string; readonly children: ReactNode }) {
  const t = useT();
  return (
    <div className={`fw-field fw-${kind}${error ? ' is-invalid' : ''}`} data-testid={testId} data-invalid={error ? 'true' : 'false'} role="group" aria-label={label}>
      <div className="fw-label">
        <span className="fw-label-text">{label}</span>
        {required && <span className="fw-required">{t('formWidgets.required')}</span>}
      </div>
      {error && (
        <p className="fw-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
      {help && <p className="fw-help">{help}</p>}
      {example && (
        <p className="fw-example" data-testid={`${testId}-example`}>
          {t('formWidgets.example', { text: example })}
        </p>
      )}
      {children}
    </div>
  );
}
