// SHELL (issue 15): the forms part's handlers; the forms desk (main/core/forms/forms-desk.ts) replaces
// these refusals with the real thing.
import { kioskError } from '../../../domain/errors.ts';
import { err } from '../../../domain/result.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { formsPart } from '../../contract/forms.ts';

const notYet = () => err(kioskError('device.notConfigured', 'forms are not wired yet (issue 15 shell)'));

export function formsHandlers(): HandlersOf<typeof formsPart> {
  return {
    'forms.forItem': notYet,
    'forms.definition': notYet,
    'forms.prefill': notYet,
    'forms.submit': notYet,
    'forms.print': notYet,
    'forms.printBlank': notYet,
    'forms.printJob': notYet,
  };
}
