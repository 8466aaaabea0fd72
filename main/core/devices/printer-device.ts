// The ticket printer as the core uses it: print a slip, report paper and cover as device status, and
// (simulated) show the developer exactly what came out, as an image.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import { type DeviceState } from '../../../domain/terminal.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';
import {
  boxGlyphs,
  cachedGlyphs,
  chainGlyphs,
  encodeGuideSlip,
  encodeCaseProgressSlip,
  encodePaymentReceiptSlip,
  encodeBookingSlip,
  type BookingSlip,
  encodeComplaintSlip,
  encodeFormReceiptSlip,
  type FormReceiptSlip,
  encodeAcceptanceReceipt,
  encodeMissingNotice,
  type AcceptanceReceiptSlip,
  type MissingNoticeSlip,
  encodePng,
  findPrinterProfile,
  loadBundledFont,
  PrinterSimulator,
  qrGenerator,
  renderSlips,
  slipText,
  TicketPrinter,
  type CaseProgressSlip,
  type PaymentReceiptSlip,
  type ComplaintSlip,
  type GlyphSource,
  type GuideSlipOptions,
  type JobRecord,
  type PrinterStatus,
  type Ticket,
} from '../../../devices/printer/index.ts';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import type { Logger } from '../system/event-log.ts';
import type { DeviceLink } from './links.ts';
import type { ManagedDevice, SimulatorAction, StatusReport } from './managed-device.ts';

export interface PrintedSlipImage {
  readonly deviceId: string;
  readonly at: string;
  /** data:image/png;base64,... */
  readonly png: string;
  /** The slip's words, line by line (read back by the developer page and e2e tests). */
  readonly text: string;
}

const ACTIONS: readonly SimulatorAction[] = [
  { id: 'paper-ok', label: 'Paper loaded' },
  { id: 'paper-near-end', label: 'Paper near end' },
  { id: 'paper-out', label: 'Paper out' },
  { id: 'paper-out-mid-job', label: 'Run out after 5 lines' },
  { id: 'cover-open', label: 'Open cover' },
  { id: 'cover-close', label: 'Close cover' },
];

let glyphs: GlyphSource | null = null;
function slipGlyphs(): GlyphSource {
  if (!glyphs) {
    const font = loadBundledFont();
    glyphs = cachedGlyphs(font.ok ? chainGlyphs(font.value, boxGlyphs()) : boxGlyphs());
  }
  return glyphs;
}

export function statusOf(s: PrinterStatus): [DeviceState, string | null] {
  switch (s.state) {
    case 'ready':
      return ['ready', null];
    case 'paperNearEnd':
      return ['warning', 'printer.paperNearEnd'];
    case 'paperOut':
      return ['error', 'printer.paperOut'];
    case 'coverOpen':
      return ['error', 'printer.coverOpen'];
    case 'offline':
      return ['error', 'printer.offline'];
    case 'error':
      return ['error', 'printer.error'];
    case 'unknown':
      return ['connecting', null];
    default:
      return s.state satisfies never;
  }
}

export class PrinterDevice implements ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  readonly actions: readonly SimulatorAction[];
  readonly #link: DeviceLink;
  readonly #printer: TicketPrinter;
  readonly #simulator: PrinterSimulator | null;
  readonly #report: StatusReport;
  readonly #log: Logger;
  readonly #clock: Clock;
  readonly #slipListeners = new Set<(slip: PrintedSlipImage) => void>();

  /** `timeZone`: the hall's, for the times on slips (the self-test's too). */
  constructor(config: DeviceConfig, link: DeviceLink, clock: Clock, report: StatusReport, log: Logger, timeZone: string) {
    this.config = config;
    this.#link = link;
    this.#report = report;
    this.#log = log;
    this.#clock = clock;
    const profile = findPrinterProfile(config.model ?? 'generic-80');
    if (!profile.ok) throw new Error(`printer ${config.id}: ${profile.error.message}`);
    this.description = `${link.description}, ${profile.value.id}`;
    this.#printer = new TicketPrinter({ transport: link.host, clock, profile: profile.value, qrEncoder: qrGenerator,
      timeZone,
      // Serial and network links reconnect by themselves, with backoff; memory links never drop.
      reopen: false,
      onBug: (e) => log.error('printer driver bug', { error: String(e) }) });
    this.#simulator = link.device ? new PrinterSimulator({ transport: link.device }) : null;
    this.actions = this.#simulator ? ACTIONS : [];
    this.#printer.on('statusChanged', (s) => {
      const [state, detail] = statusOf(s);
      report(state, detail);
    });
  }

  get status(): PrinterStatus {
    return this.#printer.status;
  }

  /** Told of each slip a simulated printer cut, as a PNG. */
  onSlip(listener: (slip: PrintedSlipImage) => void): () => void {
    this.#slipListeners.add(listener);
    return () => this.#slipListeners.delete(listener);
  }

  async start(): Promise<void> {
    const sim = await this.#simulator?.start({
      onSlip: (slip) => {
        if (this.#slipListeners.size === 0) return;
        const [image] = renderSlips(slip.bytes, { dotsPerLine: this.#printer.profile.dotsPerLine, glyphs: slipGlyphs(), qrEncoder: qrGenerator });
        if (!image) return;
        const png = `data:image/png;base64,${Buffer.from(encodePng(image.image)).toString('base64')}`;
        const out = { deviceId: this.config.id, at: new Date(this.#clock.now()).toISOString(), png, text: slipText(slip.bytes, this.#printer.profile.codePage) };
        for (const l of [...this.#slipListeners]) l(out);
      },
    });
    if (sim && !sim.ok) this.#log.error('printer simulator did not start', { error: sim.error.message });
    const r = await this.#printer.start();
    if (!r.ok) {
      this.#report('disconnected', r.error.code);
      this.#log.warn('printer not ready', { device: this.config.id, code: r.error.code });
    }
  }

  async stop(): Promise<void> {
    await this.#printer.stop();
    this.#simulator?.stop();
    await this.#link.close();
  }

  /** `timeZone`: the hall's (config `queue.timeZone`), whose wall clock the slip's time of issue shows. */
  printTicket(ticket: Ticket, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    return this.#printer.printTicket(ticket, options);
  }

  /** A service guide's materials as a checklist slip (devices/printer/guide-slip.ts). */
  printGuideSlip(item: ServiceItem, options: Omit<GuideSlipOptions, 'qrEncoder'>): Promise<Result<JobRecord>> {
    const encoded = encodeGuideSlip(item, this.#printer.profile, { ...options, qrEncoder: qrGenerator });
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `guide ${item.id}`, bytes: encoded.value.bytes });
  }

  /** A case progress slip (办件进度), laid out for this printer's paper. */
  printCaseProgress(slip: CaseProgressSlip, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    const encoded = encodeCaseProgressSlip(slip, this.#printer.profile, options);
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `case ${slip.progress.caseNumber.slice(-12)}`, bytes: encoded.value });
  }

  /** A payment receipt (缴费凭证) of a paid order, laid out for this printer's paper. */
  printPaymentReceipt(slip: PaymentReceiptSlip, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    const encoded = encodePaymentReceiptSlip(slip, this.#printer.profile, options);
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `receipt ${slip.order.orderId.slice(-12)}`, bytes: encoded.value });
  }

  /** A booking slip (办事预约凭条), with the QR of its code (devices/printer/booking-slip.ts). */
  printBookingSlip(slip: BookingSlip, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    const encoded = encodeBookingSlip(slip, this.#printer.profile, { ...options, qrEncoder: qrGenerator });
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `booking ${slip.code}`, bytes: encoded.value.bytes });
  }

  /** The receipt of a question, complaint, suggestion or praise (咨询投诉建议回执). */
  printComplaintSlip(slip: ComplaintSlip, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    const encoded = encodeComplaintSlip(slip, this.#printer.profile, options);
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `complaint ${slip.reference}`, bytes: encoded.value });
  }

  /** The receipt of an application form handed in (申请表提交回执, devices/printer/form-receipt-slip.ts). */
  printFormReceipt(slip: FormReceiptSlip, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    const encoded = encodeFormReceiptSlip(slip, this.#printer.profile, options);
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `form ${slip.submissionId}`, bytes: encoded.value });
  }

  /** An acceptance receipt (受理回执) with the QR of its case number (devices/printer/acceptance-receipt.ts). */
  printAcceptanceReceipt(slip: AcceptanceReceiptSlip, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    const encoded = encodeAcceptanceReceipt(slip, this.#printer.profile, { ...options, qrEncoder: qrGenerator });
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `receipt ${slip.acceptance.caseNumber.slice(-12)}`, bytes: encoded.value.bytes });
  }

  /** A one-time notice of every missing material (一次性告知书), with the guide's QR (devices/printer/missing-materials-notice.ts). */
  printMissingNotice(slip: MissingNoticeSlip, options: { readonly timeZone?: string } = {}): Promise<Result<JobRecord>> {
    const encoded = encodeMissingNotice(slip, this.#printer.profile, { ...options, qrEncoder: qrGenerator });
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.#printer.print({ label: `notice ${slip.notice.number}`, bytes: encoded.value.bytes });
  }

  async selfTest(): Promise<Result<string>> {
    const r = await this.#printer.selfTest();
    return r.ok ? ok('printed a test slip') : r;
  }

  async simulate(actionId: string): Promise<Result<void>> {
    const sim = this.#simulator;
    if (!sim) return err(kioskError('device.notConfigured', `${this.config.id} is a real printer: nothing to simulate`));
    switch (actionId) {
      case 'paper-ok':
        sim.setPaper('ok');
        break;
      case 'paper-near-end':
        sim.setPaper('nearEnd');
        break;
      case 'paper-out':
        sim.setPaper('out');
        break;
      case 'paper-out-mid-job':
        sim.runOutOfPaperAfter(5);
        break;
      case 'cover-open':
        sim.openCover();
        break;
      case 'cover-close':
        sim.closeCover();
        break;
      default:
        return err(kioskError('rpc.invalidInput', `the printer simulator has no action "${actionId}"`));
    }
    await this.#printer.queryStatus();
    return ok();
  }
}
