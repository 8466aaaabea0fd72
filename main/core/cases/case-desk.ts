// Case progress at the kiosk (办件进度查询): a case by its number and the receipt's query code, or the
// cases of the ID card on the reader (only the holder's own: the platform finds them by the number on
// the card, which never leaves memory here). Both need the platform: there is no copy of cases on the
// terminal, so offline is said plainly (platform.offline). What this visit looked up is kept in memory
// only so it can be printed (a slip on the ticket printer, or an A4 sheet) and, when its result waits
// at the 综合出件 window, a pick-up ticket taken; the card's cases are forgotten the moment the card is
// lifted, everything when the visit ends.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError, type KioskError } from '../../../domain/errors.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { CaseProgress } from '../../../domain/cases.ts';
import { caseProgressSheet } from '../../../devices/document-printer/case-progress-sheet.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { CaseView, CollectionPlace } from '../../contract/cases.ts';
import type { IssuedTicket } from '../../contract/queue.ts';
import { isTransient, platformCodeOf } from '../../platform-client/client.ts';
import type { DocumentPrinterDevice } from '../devices/document-printer-device.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { PlatformSession } from '../link/platform-session.ts';
import type { QueueSetupCache } from '../queue/queue-setup-cache.ts';
import type { TicketDesk } from '../queue/ticket-desk.ts';
import type { Logger } from '../system/event-log.ts';

export interface CaseDeskOptions {
  readonly session: PlatformSession;
  /** The ID number of the card on the reader now, if any (never logged); refused when the card expired. */
  readonly idNumber: () => Result<string | null>;
  readonly setup: QueueSetupCache;
  readonly printer: () => PrinterDevice | null;
  readonly documentPrinter: () => DocumentPrinterDevice | null;
  readonly tickets: TicketDesk;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
}

export class CaseDesk {
  readonly #o: CaseDeskOptions;
  /** Found by number and query code in this visit. */
  readonly #byNumber = new Map<string, CaseView>();
  /** Found by the card on the reader: gone when the card is lifted. */
  readonly #byCard = new Map<string, CaseView>();
  /** The query codes of the cases found by number in this visit (for their fees: payments/). */
  readonly #codes = new Map<string, string>();

  constructor(options: CaseDeskOptions) {
    this.#o = options;
  }

  async query(caseNumber: string, queryCode: string): Promise<Result<CaseView>> {
    const r = await this.#o.session.client.call('cases.query', { body: { caseNumber, queryCode } });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'a case answered "not modified"'));
    const view = this.#view(r.value.value);
    this.#byNumber.set(view.caseNumber, view);
    this.#codes.set(view.caseNumber, queryCode);
    return ok(view);
  }

  /** The cases of the card on the reader, or of the number typed when the card cannot be read. */
  async lookup(typed: string | undefined): Promise<Result<{ cases: CaseView[] }>> {
    const card = this.#o.idNumber();
    if (!card.ok) return card;
    const idNumber = card.value ?? typed ?? null;
    if (idNumber === null) return err(kioskError('idcard.noCard', 'put the ID card on the reader (or type its number) to find your cases'));
    const r = await this.#o.session.client.call('cases.lookup', { body: { idNumber } });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'a case list answered "not modified"'));
    const cases = r.value.value.cases.map((c) => this.#view(c));
    this.#byCard.clear();
    for (const c of cases) this.#byCard.set(c.caseNumber, c);
    this.#o.log.info('cases looked up by ID card', { count: cases.length });
    return ok({ cases });
  }

  async print(caseNumber: string, on: 'slip' | 'sheet'): Promise<Result<{ on: 'slip' | 'sheet' }>> {
    const c = this.#known(caseNumber);
    if (!c.ok) return c;
    const { config, clock } = this.#o;
    const collectAt = c.value.collection && placeText(c.value.collection);
    if (on === 'slip') {
      const printer = this.#o.printer();
      if (!printer) return err(kioskError('device.notConfigured', 'this kiosk has no ticket printer'));
      const r = await printer.printCaseProgress({ hallName: config.terminal.hallName, progress: c.value, collectAt, printedAt: clock.now() }, { timeZone: config.queue.timeZone });
      return r.ok ? ok({ on }) : r;
    }
    const a4 = this.#o.documentPrinter();
    if (!a4) return err(kioskError('device.notConfigured', 'this kiosk has no A4 printer'));
    const r = await a4.print(caseProgressSheet(c.value, config.queue.timeZone, collectAt));
    return r.ok ? ok({ on }) : r;
  }

  /** A ticket for the 综合出件 window, for a case of this visit whose result is ready there. */
  async collectionTicket(caseNumber: string): Promise<Result<IssuedTicket>> {
    const c = this.#known(caseNumber);
    if (!c.ok) return c;
    const place = c.value.collection;
    if (!place) return err(kioskError('queue.unknownCategory', 'this case has no result to collect at a window'));
    return this.#o.tickets.issue({ categoryId: place.categoryId, priority: null });
  }

  /**
   * How the platform will show a case of this visit again (its fees): the card's number for a case of
   * the card on the reader, the query code for one found by number; null for a case not of this visit.
   */
  accessTo(caseNumber: string): { readonly idNumber: string } | { readonly caseNumber: string; readonly queryCode: string } | null {
    const card = this.#o.idNumber();
    if (this.#byCard.has(caseNumber) && card.ok && card.value !== null) return { idNumber: card.value };
    const queryCode = this.#codes.get(caseNumber);
    return queryCode === undefined ? null : { caseNumber, queryCode };
  }

  /** A case looked up in this visit (by number and code, or on the card still on the reader), or null. */
  found(caseNumber: string): CaseView | null {
    return this.#byCard.get(caseNumber) ?? this.#byNumber.get(caseNumber) ?? null;
  }

  /** The card was lifted: its holder's cases go at once. */
  forgetCard(): void {
    this.#byCard.clear();
  }

  /** The visit ended: nothing of it stays. */
  forgetVisit(): void {
    this.#byCard.clear();
    this.#byNumber.clear();
    this.#codes.clear();
  }

  #known(caseNumber: string): Result<CaseView> {
    const c = this.found(caseNumber);
    return c ? ok(c) : err(kioskError('case.notFound', 'only a case looked up in this visit can be printed or collected'));
  }

  #view(c: CaseProgress): CaseView {
    const ready = c.status === 'ready' && c.delivery.method === 'window';
    return { ...c, collection: ready ? collectionPlaceOf(this.#o.setup.cached()) : null };
  }
}

/** Where results are collected: the hall's 综合出件 business (purpose resultCollection) and its windows; null without one. */
export function collectionPlaceOf(setup: ReturnType<QueueSetupCache['cached']>): CollectionPlace | null {
  const category = setup?.categories.find((k) => k.purpose === 'resultCollection');
  if (!setup || !category) return null;
  const windows = category.windowIds.flatMap((id) => setup.windows.find((w) => w.id === id)?.name ?? []);
  return { categoryId: category.id, name: category.name, area: category.area, windows };
}

/** 综合出件窗口（一楼A区）, as printed. */
export function placeText(p: CollectionPlace): string {
  return `${p.name}窗口（${p.area}）`;
}

/** A platform failure: away stays as it is (platform.offline...); an unknown case is case.notFound. */
function refusal(e: KioskError): KioskError {
  if (isTransient(e)) return e;
  if (platformCodeOf(e) === 'case.notFound') return kioskError('case.notFound', 'no case with that number and query code');
  return e;
}
