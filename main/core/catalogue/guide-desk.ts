// Taking a service guide away: its phone link (the QR, config `catalogue.guideUrl`), the whole guide
// on the A4 document printer, or, where the hall has only the ticket printer, the materials as a
// checklist slip. The guide printed is the cached catalogue row, as the screen shows it.
import type { Config } from '../../../config/schema/index.ts';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import type { Clock } from '../../../domain/clock.ts';
import { kioskError } from '../../../domain/errors.ts';
import { serviceGuideLink } from '../../../domain/guide-link.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import { serviceGuideSheet, type PrintDocument, type PrintReceipt } from '../../../devices/document-printer/index.ts';
import type { GuideSlipOptions, JobRecord } from '../../../devices/printer/index.ts';
import type { GuidePrinted, GuidePrintTarget, GuideTakeAway } from '../../contract/catalogue-rpc.ts';
import type { Logger } from '../system/event-log.ts';

/** What the desk needs of the A4 printer (DocumentPrinterDevice). */
export interface GuideDocumentPrinter {
  print(doc: PrintDocument): Promise<Result<PrintReceipt>>;
}
/** What the desk needs of the ticket printer (PrinterDevice). */
export interface GuideSlipPrinter {
  printGuideSlip(item: ServiceItem, options: Omit<GuideSlipOptions, 'qrEncoder'>): Promise<Result<JobRecord>>;
}

export interface GuideDeskOptions {
  readonly item: (id: string) => ServiceItem | null;
  readonly documentPrinter: () => GuideDocumentPrinter | null;
  readonly slipPrinter: () => GuideSlipPrinter | null;
  readonly config: Pick<Config, 'catalogue' | 'terminal' | 'queue'>;
  readonly clock: Clock;
  readonly log: Logger;
}

export const guideLinkCaption = '手机扫码或访问以下地址查看完整办事指南：';

export class GuideDesk {
  readonly #o: GuideDeskOptions;

  constructor(options: GuideDeskOptions) {
    this.#o = options;
  }

  takeAway(id: string): Result<GuideTakeAway> {
    const item = this.#item(id);
    if (!item.ok) return item;
    const print: GuidePrintTarget[] = [];
    if (this.#o.documentPrinter()) print.push('a4');
    if (this.#o.slipPrinter()) print.push('slip');
    return ok({ guideUrl: this.#link(item.value), print });
  }

  async print(id: string, to: GuidePrintTarget): Promise<Result<GuidePrinted>> {
    const item = this.#item(id);
    if (!item.ok) return item;
    const r = to === 'a4' ? await this.#a4(item.value) : await this.#slip(item.value);
    if (!r.ok) {
      this.#o.log.warn('guide not printed', { item: id, to, code: r.error.code });
      return r;
    }
    this.#o.log.info('guide printed', { item: id, to, job: r.value });
    return ok({ to, jobId: r.value });
  }

  async #a4(item: ServiceItem): Promise<Result<string | null>> {
    const printer = this.#o.documentPrinter();
    if (!printer) return err(kioskError('device.notConfigured', 'this terminal has no A4 printer'));
    const doc = serviceGuideSheet(item);
    const link = this.#link(item);
    const blocks = link === null ? doc.blocks : [...doc.blocks.slice(0, -1), { kind: 'paragraph' as const, text: `${guideLinkCaption}\n${link}` }, ...doc.blocks.slice(-1)];
    const r = await printer.print({ ...doc, blocks });
    return r.ok ? ok(r.value.jobId) : r;
  }

  async #slip(item: ServiceItem): Promise<Result<string | null>> {
    const printer = this.#o.slipPrinter();
    if (!printer) return err(kioskError('device.notConfigured', 'this terminal has no ticket printer'));
    const { config, clock } = this.#o;
    const r = await printer.printGuideSlip(item, {
      hallName: config.terminal.hallName,
      guideUrl: this.#link(item),
      printedAt: clock.now(),
      timeZone: config.queue.timeZone,
    });
    return r.ok ? ok(r.value.id) : r;
  }

  #item(id: string): Result<ServiceItem> {
    const item = this.#o.item(id);
    return item ? ok(item) : err(kioskError('catalogue.notFound', `no item ${id} in the cached catalogue`));
  }

  #link(item: ServiceItem): string | null {
    return serviceGuideLink(this.#o.config.catalogue.guideUrl, item);
  }
}
