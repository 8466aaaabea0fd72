// The forms part of the contract (申报材料表单化): definitions from the local catalogue, pre-fill from
// the ID card, a filled form handed in (validated, numbered, drawn as the A4 application, sealed in
// the outbox, a receipt slip), the application and the blank or sample forms on the A4 printer, and
// their print jobs followed. All of it is the forms desk (forms-desk.ts).
import type { HandlersOf } from '../../contract/index.ts';
import type { formsPart } from '../../contract/forms.ts';
import type { FormsDesk } from './forms-desk.ts';

export function formsHandlers(s: { readonly forms: FormsDesk }): HandlersOf<typeof formsPart> {
  return {
    'forms.forItem': ({ itemId }) => s.forms.forItem(itemId),
    'forms.list': ({ query, limit }) => s.forms.list(query, limit),
    'forms.definition': ({ formId }) => s.forms.definition(formId),
    'forms.prefill': ({ formId }) => s.forms.prefill(formId),
    'forms.submit': (input) => s.forms.submit(input),
    'forms.print': ({ submissionId }) => s.forms.print(submissionId),
    'forms.printBlank': ({ formId, itemId, sample }) => s.forms.printBlank(formId, itemId, sample),
    'forms.printJob': ({ jobId }) => s.forms.printJob(jobId),
  };
}
