// The words under a field for a problem found by the form's rules (domain/form-rules.ts): what is
// wrong and what to do, naming the field. A rule or pattern written by the form's author brings its own
// words (the form's message), shown as written.
import type { FormField } from '../../../../../domain/forms.ts';
import type { FieldProblem } from '../../../../../domain/form-rules.ts';
import type { MessageKey } from '../../../locales/index.ts';

/** useT()'s function: a key and its parameters to the visit's words. */
type T = (key: MessageKey, params?: Record<string, string | number>) => string;

function requiredKey(field: FormField): MessageKey {
  switch (field.type) {
    case 'choice':
    case 'multiChoice':
      return 'formWidgets.problem.required.choice';
    case 'checkbox':
      return 'formWidgets.problem.required.checkbox';
    case 'date':
      return 'formWidgets.problem.required.date';
    case 'address':
      return 'formWidgets.problem.required.address';
    case 'signature':
      return 'formWidgets.problem.required.signature';
    case 'text':
    case 'textarea':
    case 'number':
    case 'idNumber':
    case 'phone':
      return 'formWidgets.problem.required';
  }
}

/** The text shown under `field` for `problem`; `today` (YYYY-MM-DD) names the bound of a date. */
export function problemText(t: T, field: FormField, problem: FieldProblem, today: string): string {
  if (problem.message !== null) return problem.message;
  const p = { label: field.label, n: problem.limit ?? '', today };
  switch (problem.code) {
    case 'required':
      return t(requiredKey(field), p);
    case 'tooManyDecimals':
      return t(problem.limit === 0 ? 'formWidgets.problem.wholeNumber' : 'formWidgets.problem.tooManyDecimals', p);
    case 'tooShort':
    case 'tooLong':
    case 'pattern':
    case 'notNumber':
    case 'tooSmall':
    case 'tooLarge':
    case 'notDate':
    case 'dateInFuture':
    case 'dateInPast':
    case 'notAnOption':
    case 'idNumberInvalid':
    case 'phoneInvalid':
    case 'addressIncomplete':
    case 'wrongType':
    case 'unknownField':
    case 'rule':
      return t(`formWidgets.problem.${problem.code}`, p);
  }
}
