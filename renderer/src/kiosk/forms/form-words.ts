// The words the form screens say about a form's fields and their problems: a problem said as what to
// do (the form's own words for its patterns and cross-field rules), an answer as the citizen chose it
// (the option's label, a masked ID number nowhere: it is their own screen), a print job's state.
import type { FieldProblem } from '../../../../domain/form-rules.ts';
import type { FormField, FormValue } from '../../../../domain/forms.ts';
import type { FormPrintJob } from '../../../../main/contract/index.ts';
import type { MessageKey, useT } from '../../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

const problemKeys: Record<FieldProblem['code'], MessageKey> = {
  required: 'forms.problem.required',
  tooShort: 'forms.problem.tooShort',
  tooLong: 'forms.problem.tooLong',
  pattern: 'forms.problem.pattern',
  notNumber: 'forms.problem.notNumber',
  tooSmall: 'forms.problem.tooSmall',
  tooLarge: 'forms.problem.tooLarge',
  tooManyDecimals: 'forms.problem.tooManyDecimals',
  notDate: 'forms.problem.notDate',
  dateInFuture: 'forms.problem.dateInFuture',
  dateInPast: 'forms.problem.dateInPast',
  notAnOption: 'forms.problem.notAnOption',
  idNumberInvalid: 'forms.problem.idNumberInvalid',
  phoneInvalid: 'forms.problem.phoneInvalid',
  addressIncomplete: 'forms.problem.addressIncomplete',
  wrongType: 'forms.problem.wrongType',
  unknownField: 'forms.problem.wrongType',
  rule: 'forms.problem.rule',
};

/** What to do about a problem: the form's own words where it has them, else ours by code. */
export function problemText(t: T, p: FieldProblem, field: FormField | undefined): string {
  if (p.message !== null) return p.message;
  const choose = field?.type === 'choice' || field?.type === 'multiChoice' || field?.type === 'checkbox';
  if (p.code === 'required' && choose) return t('forms.problem.requiredChoice');
  return t(problemKeys[p.code], { n: p.limit ?? 0 });
}

/** An answer as the review page shows it. */
export function answerText(t: T, field: FormField, value: FormValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return t(value ? 'forms.answer.yes' : 'forms.answer.no');
  if (Array.isArray(value)) return value.map((v) => field.options?.find((o) => o.value === v)?.label ?? v).join('、');
  if (typeof value === 'object' && 'strokes' in value) return t('forms.answer.signed');
  if (typeof value === 'object') return `${value.regionName}${value.detail}`;
  if (field.type === 'choice') return field.options?.find((o) => o.value === value)?.label ?? value;
  return value;
}

/** A field's example (示范文本) in words: a choice's label, a checkbox as ticked or not. */
export function exampleText(t: T, field: FormField): string {
  if (field.type === 'checkbox') return t(field.example === 'true' ? 'forms.answer.yes' : 'forms.answer.no');
  if (field.type === 'choice' || field.type === 'multiChoice') return field.example.split(',').map((v) => field.options?.find((o) => o.value === v.trim())?.label ?? v).join('、');
  return field.example;
}

/** A print job's state in plain words; a failure says why (paper out) and what to do. */
export function printJobKey(job: FormPrintJob): MessageKey {
  switch (job.state) {
    case 'queued':
      return 'forms.print.queued';
    case 'printing':
      return 'forms.print.printing';
    case 'done':
      return 'forms.print.done';
    case 'failed':
      return job.error === 'printer.paperOut' ? 'forms.print.paperOut' : 'forms.print.failed';
  }
}

/** A date typed as eight digits (19850315) becomes 1985-03-15; fewer digits stay as typed until complete. */
export function dateFromDigits(digits: string): string {
  return /^\d{8}$/.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : digits;
}
