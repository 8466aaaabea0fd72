// The words the form screens say beyond the inputs' own (widgets/problem-words.ts says a field's
// problem): an answer as the citizen chose it (the option's label), an example, a print job's state.
import type { FormField, FormValue } from '../../../../domain/forms.ts';
import type { FormPrintJob } from '../../../../main/contract/index.ts';
import type { MessageKey, useT } from '../../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

/** An answer as the review page shows it. */
export function answerText(t: T, field: FormField, value: FormValue | undefined): string {
  // A box left unticked is an answer too: no.
  if (value === undefined) return field.type === 'checkbox' ? t('forms.answer.no') : '';
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

/**
 * A job the printer holds: CUPS keeps it while the printer cannot print (out of paper, cover open) and
 * prints it once staff fix the printer, so the screen keeps following it and offers no second copy.
 * A job refused at once (no id) is not held: printing again is the way.
 */
export function isHeld(job: FormPrintJob): boolean {
  return job.state === 'failed' && job.jobId !== '' && (job.error?.startsWith('printer.') ?? false);
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
      if (isHeld(job)) return job.error === 'printer.paperOut' ? 'forms.print.paperOut.held' : 'forms.print.held';
      return job.error === 'printer.paperOut' ? 'forms.print.paperOut' : 'forms.print.failed';
  }
}
