// The intake part of the contract: an item's checklist, accept (a case or a one-time notice, printed),
// reprint, a case looked up for hand-out and handed over (综合出件).
import type { HandlersOf } from '../../contract/index.ts';
import type { intakePart } from '../../contract/intake.ts';
import type { IntakeDesk } from './intake-desk.ts';

export function intakeHandlers(s: { readonly intake: IntakeDesk }): HandlersOf<typeof intakePart> {
  return {
    'intake.checklist': ({ itemId }) => s.intake.checklist(itemId),
    'intake.accept': (input) => s.intake.accept(input),
    'intake.print': ({ kind, number }) => s.intake.reprint(kind, number),
    'intake.findCase': ({ caseNumber }) => s.intake.findCase(caseNumber),
    'intake.handOver': (input) => s.intake.handOver(input),
  };
}
