// One-window intake (一窗受理) and result hand-out (综合出件) at a counter terminal. The checklist comes
// from the local catalogue (there offline too); accepting, the one-time notice and the hand-out need the
// platform, which decides what is missing (so no notice can leave a gap out) and holds the return-visit
// rule. The applicant is the ID card on the counter's reader, else the number and name staff typed;
// neither is logged. What was given is printed at once on the ticket printer; without paper the result
// stays on screen and the answer says why, and it can be printed again (补打) from memory (the query
// code is printed once only). Only the receipts and notices of this run are kept, in memory.
import { randomUUID } from 'node:crypto';
import type { Config } from '../../../config/schema/index.ts';
import type { Clock } from '../../../domain/clock.ts';
import { errorCodes, kioskError, type ErrorCode, type KioskError } from '../../../domain/errors.ts';
import { serviceGuideLink } from '../../../domain/guide-link.ts';
import { guideMaterial, type IntakeOutcome } from '../../../domain/intake.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import type { IntakeChecklist, IntakePrint } from '../../contract/intake.ts';
import { isTransient, platformCodeOf } from '../../platform-client/client.ts';
import { collectionPlaceOf, placeText } from '../cases/case-desk.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { PlatformSession } from '../link/platform-session.ts';
import type { QueueSetupCache } from '../queue/queue-setup-cache.ts';
import type { Logger } from '../system/event-log.ts';

export interface IntakeDeskOptions {
  readonly session: PlatformSession;
  /** The card on the reader (number and name), refused when expired; null without a card. */
  readonly applicant: () => Result<{ readonly idNumber: string; readonly name: string } | null>;
  readonly item: (id: string) => ServiceItem | null;
  readonly setup: QueueSetupCache;
  readonly printer: () => PrinterDevice | null;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newKey?: () => string;
}

export interface AcceptInput {
  readonly ticketId: string;
  readonly staffId: string;
  readonly itemId: string;
  readonly idNumber?: string | undefined;
  readonly name?: string | undefined;
  readonly caseNumber?: string | undefined;
  readonly received: readonly string[];
  readonly applies: readonly string[];
  readonly delivery: 'window' | 'express';
}

/** The platform's refusals the screen tells apart: its intake codes (the same names here) and an unknown case; each keeps its details (the earlier notice of a new gap). */
const INTAKE_CODES: ReadonlySet<string> = new Set<ErrorCode>([...errorCodes.filter((c) => c.startsWith('intake.')), 'case.notFound']);

export class IntakeDesk {
  readonly #o: IntakeDeskOptions;
  readonly #newKey: () => string;
  /** What this counter gave since it started, by case or notice number (for 补打). */
  readonly #given = new Map<string, IntakeOutcome>();

  constructor(options: IntakeDeskOptions) {
    this.#o = options;
    this.#newKey = options.newKey ?? (() => randomUUID());
  }

  checklist(itemId: string): Result<IntakeChecklist> {
    const item = this.#o.item(itemId);
    if (!item) return err(kioskError('catalogue.notFound', `no item ${itemId} in the cached catalogue`));
    return ok({
      item: {
        id: item.id,
        name: item.name,
        taskCode: item.taskCode,
        deptName: item.deptName,
        instant: item.projectType === '1',
        promiseDays: item.promiseLimit.days ?? 0,
        promiseUnit: item.promiseLimit.unit,
        expressDelivery: item.expressDelivery,
        resultName: item.result.name,
      },
      materials: item.materials.map(guideMaterial),
    });
  }

  async accept(input: AcceptInput): Promise<Result<{ outcome: IntakeOutcome; print: IntakePrint }>> {
    const card = this.#o.applicant();
    if (!card.ok) return card;
    const applicant = card.value ?? (input.idNumber !== undefined && input.name !== undefined ? { idNumber: input.idNumber, name: input.name } : null);
    if (applicant === null) return err(kioskError('intake.noApplicant', 'put the applicant’s ID card on the reader, or type the ID number and name'));
    const windowId = this.#windowId();
    if (!windowId.ok) return windowId;
    const body = {
      windowId: windowId.value,
      staffId: input.staffId,
      ticketId: input.ticketId,
      itemId: input.itemId,
      applicant: { idNumber: applicant.idNumber, name: applicant.name },
      ...(input.caseNumber === undefined ? {} : { caseNumber: input.caseNumber }),
      received: [...input.received],
      applies: [...input.applies],
      delivery: input.delivery,
    };
    const key = this.#newKey();
    let r = await this.#o.session.client.call('intake.accept', { body, idempotencyKey: key });
    if (!r.ok && r.error.code === 'platform.timeout') r = await this.#o.session.client.call('intake.accept', { body, idempotencyKey: key });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'an intake answered "not modified"'));
    const outcome = r.value.value;
    const number = outcome.outcome === 'accepted' ? outcome.acceptance.caseNumber : outcome.notice.number;
    this.#given.set(number, outcome);
    this.#o.log.info(outcome.outcome === 'accepted' ? 'case accepted' : 'one-time notice given', { item: input.itemId, number, window: windowId.value });
    return ok({ outcome, print: await this.#print(outcome, false) });
  }

  /** 补打: a receipt or notice given at this counter since it started. */
  async reprint(kind: 'receipt' | 'notice', number: string): Promise<Result<IntakePrint>> {
    const given = this.#given.get(number);
    if (!given || (given.outcome === 'accepted') !== (kind === 'receipt')) {
      return err(kioskError('printer.unknownJob', `no ${kind} ${number} was given at this counter since it started`));
    }
    return ok(await this.#print(given, true));
  }

  async findCase(caseNumber: string) {
    const r = await this.#o.session.client.call('intake.findCase', { body: { caseNumber } });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'a case answered "not modified"'));
    return ok(r.value.value);
  }

  /** 综合出件: the holder is the ID card on the reader, or the query code typed. */
  async handOver(input: { caseNumber: string; staffId: string; ticketId?: string | undefined; queryCode?: string | undefined }) {
    const windowId = this.#windowId();
    if (!windowId.ok) return windowId;
    let holder: { idNumber: string } | { queryCode: string };
    if (input.queryCode !== undefined) holder = { queryCode: input.queryCode };
    else {
      const card = this.#o.applicant();
      if (!card.ok) return card;
      if (card.value === null) return err(kioskError('intake.noApplicant', 'put the holder’s ID card on the reader, or type the query code on the receipt'));
      holder = { idNumber: card.value.idNumber };
    }
    const body = { windowId: windowId.value, staffId: input.staffId, caseNumber: input.caseNumber, ...(input.ticketId === undefined ? {} : { ticketId: input.ticketId }), ...holder };
    const key = this.#newKey();
    let r = await this.#o.session.client.call('intake.handOver', { body, idempotencyKey: key });
    if (!r.ok && r.error.code === 'platform.timeout') r = await this.#o.session.client.call('intake.handOver', { body, idempotencyKey: key });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'a hand-over answered "not modified"'));
    this.#o.log.info('result handed over', { window: windowId.value });
    return ok(r.value.value);
  }

  #windowId(): Result<string> {
    const id = this.#o.config.counter.windowId;
    return id === undefined ? err(kioskError('intake.counterOnly', 'this terminal stands at no window (config counter.windowId)')) : ok(id);
  }

  #windowName(windowId: string): string {
    return this.#o.setup.cached()?.windows.find((w) => w.id === windowId)?.name ?? windowId;
  }

  async #print(outcome: IntakeOutcome, reprint: boolean): Promise<IntakePrint> {
    const printer = this.#o.printer();
    if (!printer) return { printed: false, problem: 'device.notConfigured' };
    const { config, clock } = this.#o;
    const common = { hallName: config.terminal.hallName, printedAt: clock.now(), reprint };
    const options = { timeZone: config.queue.timeZone };
    let r;
    if (outcome.outcome === 'accepted') {
      const place = collectionPlaceOf(this.#o.setup.cached());
      r = await printer.printAcceptanceReceipt({ ...common, acceptance: outcome.acceptance, collectAt: place && placeText(place), windowName: this.#windowName(outcome.acceptance.windowId) }, options);
    } else {
      const item = this.#o.item(outcome.notice.itemId);
      const guideUrl = item ? serviceGuideLink(config.catalogue.guideUrl, item) : null;
      r = await printer.printMissingNotice({ ...common, notice: outcome.notice, guideUrl, windowName: this.#windowName(outcome.notice.windowId) }, options);
    }
    if (!r.ok) this.#o.log.warn('intake slip not printed', { code: r.error.code });
    return r.ok ? { printed: true, problem: null } : { printed: false, problem: r.error.code };
  }
}

/** Away stays as it is (platform.offline...); the platform's intake refusals become the same codes here, with their details. */
function refusal(e: KioskError): KioskError {
  if (isTransient(e)) return e;
  const code = platformCodeOf(e);
  if (code !== null && INTAKE_CODES.has(code)) return kioskError(code as ErrorCode, e.message, (e.details as { details?: unknown } | undefined)?.details);
  return e;
}
