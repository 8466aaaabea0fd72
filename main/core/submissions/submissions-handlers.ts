// The submissions part of the contract: ratings, forms and complaints go into the outbox, which
// delivers each exactly once (link/outbox.ts); the screen is told its reference and the queue depth.
// Complaints go through the complaint desk (a reference a citizen can quote, a receipt slip).
import type { Clock } from '../../../domain/clock.ts';
import { ok } from '../../../domain/result.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { submissionsPart } from '../../contract/submissions.ts';
import type { Outbox } from '../link/outbox.ts';
import type { ComplaintDesk } from './complaint-desk.ts';

export function submissionsHandlers(s: { readonly outbox: Outbox; readonly clock: Clock; readonly complaints: ComplaintDesk }): HandlersOf<typeof submissionsPart> {
  const { outbox } = s;
  const accepted = (reference: string) => ok({ reference, waiting: outbox.counts().pending });
  return {
    'evaluation.submit': (evaluation) => accepted(outbox.enqueue('evaluation', 'evaluations.create', evaluation)),
    'complaints.submit': (complaint) => s.complaints.submit(complaint),
  };
}
