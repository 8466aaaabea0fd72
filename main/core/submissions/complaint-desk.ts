// 咨询投诉建议 at the kiosk: the citizen's question, complaint, suggestion or praise gets a reference made
// here (terminal code, business date, a daily sequence from the store: no platform needed), goes into
// the outbox sealed (name, phone and text are personal data: sealed-box.ts), and is delivered exactly
// once. When the platform is reachable the desk waits for that delivery so the screen and the slip can
// say what the platform answered happens next; when it is not, they say it is kept on this kiosk and
// sent when the network is back. The receipt slip is then printed; without paper the screen shows the
// reference large instead.
import { complaintReceiptSchema } from '../../../domain/api/routes.ts';
import type { Clock } from '../../../domain/clock.ts';
import { complaintReference } from '../../../domain/complaints.ts';
import { kioskError } from '../../../domain/errors.ts';
import { businessDateOf } from '../../../domain/hall-time.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { ComplaintFiled } from '../../contract/submissions.ts';
import type { complaintInputSchema } from '../../contract/submissions.ts';
import type { OfflineCounterRepo } from '../../store/index.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { Outbox } from '../link/outbox.ts';
import type { Logger } from '../system/event-log.ts';
import type { z } from 'zod';

export type ComplaintInput = z.output<typeof complaintInputSchema>;

/** The daily counter's key in the store's per-date counters (offline tickets use category ids). */
export const COMPLAINT_COUNTER = '#complaint';
const MAX_PER_DAY = 999_999;

export interface ComplaintDeskOptions {
  readonly outbox: Outbox;
  readonly counters: OfflineCounterRepo;
  /** Is the platform answering now? Only then is delivery waited for. */
  readonly online: () => boolean;
  readonly printer: () => PrinterDevice | null;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
}

export class ComplaintDesk {
  readonly #o: ComplaintDeskOptions;

  constructor(options: ComplaintDeskOptions) {
    this.#o = options;
  }

  async submit(input: ComplaintInput): Promise<Result<ComplaintFiled>> {
    const { outbox, counters, config, clock, log } = this.#o;
    const now = clock.now();
    const date = businessDateOf(now, config.queue.timeZone);
    const seq = counters.take(date, COMPLAINT_COUNTER, 1, MAX_PER_DAY);
    if (seq === null) return err(kioskError('complaint.invalid', `this kiosk has used every reference number of ${date}`));
    const reference = complaintReference(config.terminal.id, date, seq);
    const filedAt = new Date(now).toISOString();
    const key = outbox.enqueue('complaint', 'complaints.create', { ...input, reference, submittedAt: filedAt });
    log.info('complaint kept for the platform', { reference, kind: input.kind });

    // The platform answers: wait for this delivery (everything before it goes first, in order).
    if (this.#o.online()) await outbox.drain();
    const outcome = outbox.outcome(key);
    let next: ComplaintFiled['next'] = { state: 'queued' };
    if (outcome?.state === 'delivered') {
      const receipt = complaintReceiptSchema.safeParse(outcome.response);
      next = { state: 'delivered', replyWithinWorkingDays: receipt.success ? receipt.data.followUp.replyWithinWorkingDays : null };
    } else if (outcome?.state === 'refused') {
      // Kept for staff (never lost); the citizen is told it waits, and the reference finds it.
      log.warn('complaint refused by the platform; kept for staff', { reference });
    }

    const printer = this.#o.printer();
    const base = { reference, kind: input.kind, filedAt, next, waiting: outbox.counts().pending };
    if (!printer) return ok({ ...base, print: 'noPrinter', printError: null });
    const r = await printer.printComplaintSlip(
      { hallName: config.terminal.hallName, kind: input.kind, reference, filedAt: now, name: input.name, phone: input.phone, caseNumber: input.caseNumber, next },
      { timeZone: config.queue.timeZone },
    );
    if (r.ok) return ok({ ...base, print: 'printed', printError: null });
    log.warn('complaint slip not printed; the reference is shown on screen', { reference, code: r.error.code });
    return ok({ ...base, print: 'failed', printError: r.error.code });
  }
}
