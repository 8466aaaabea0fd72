// The A4 document printer as the core uses it: documents rendered to PDF and sent to a CUPS queue
// (or to a simulator that keeps them), the queue's state read with lpstat every few seconds and
// shown as device status, a test page as the self-test, and (simulated) the kept PDFs with their
// pages as images for the developer page.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import { type DeviceState } from '../../../domain/terminal.ts';
import { type KeptDocument } from '../../contract/index.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';
import {
  CupsDocumentPrinter,
  DocumentRenderer,
  pageFrame,
  readiness,
  spawnRunner,
  type CommandRunner,
  type DocumentPrinterStatus,
  type DocumentPrintRoute,
  type PrintDocument,
  type PrintReceipt,
} from '../../../devices/document-printer/index.ts';
import { renderPdfPages } from '../../../devices/document-printer/pdf-preview.ts';
import { DocumentPrinterSimulator, type KeptJob, type SimulatedCondition } from '../../../devices/document-printer/simulator.ts';
import { testPageDocument } from '../../../devices/document-printer/test-page.ts';
import type { Logger } from '../system/event-log.ts';
import { jobReading, lpstatJobsArgs, parseLpstatJobs, type JobReading } from './document-jobs.ts';
import type { ManagedDevice, SimulatorAction, StatusReport } from './managed-device.ts';

export interface DocumentPrinterDeviceOptions {
  readonly hallName: string;
  readonly timeZone: string;
  /** Runs lp, lpstat and pdftoppm; tests pass a fake. */
  readonly run?: CommandRunner;
  readonly renderer?: DocumentRenderer;
}

const conditions: readonly (readonly [SimulatedCondition, string])[] = [
  ['ready', 'Paper loaded, ready'],
  ['paperOut', 'Paper out'],
  ['paperJam', 'Paper jam'],
  ['coverOpen', 'Open cover'],
  ['tonerOut', 'Toner out'],
  ['offline', 'Offline'],
  ['rejecting', 'Queue rejects jobs'],
];
const ACTIONS: readonly SimulatorAction[] = conditions.map(([c, label]) => ({ id: `condition:${c}`, label }));
/** Simulated queues are read this often; a CUPS queue as configured. */
const SIMULATED_STATUS_INTERVAL_MS = 5_000;

let sharedRenderer: DocumentRenderer | null = null;

/** The process's one document renderer (fonts are loaded once): for documents made before a printer is chosen (forms). */
export function sharedDocumentRenderer(): DocumentRenderer {
  sharedRenderer ??= new DocumentRenderer();
  return sharedRenderer;
}

export function documentStatusOf(s: Result<DocumentPrinterStatus>): [DeviceState, string | null] {
  if (!s.ok) return [s.error.code === 'device.timeout' ? 'error' : 'disconnected', s.error.code];
  const ready = readiness(s.value);
  return ready.ok ? ['ready', null] : ['error', ready.error.code === 'printer.error' ? `printer.${s.value.condition}` : ready.error.code];
}

export class DocumentPrinterDevice implements ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  readonly actions: readonly SimulatorAction[];
  readonly #route: DocumentPrintRoute;
  readonly #simulator: DocumentPrinterSimulator | null;
  readonly #clock: Clock;
  readonly #report: StatusReport;
  readonly #log: Logger;
  readonly #options: DocumentPrinterDeviceOptions;
  readonly #intervalMs: number;
  /** lpstat for the jobs of a CUPS queue; null when simulated. */
  readonly #cups: { readonly run: CommandRunner; readonly printer: string; readonly server: string | undefined } | null;
  /** Simulated jobs: how often each was looked at (printing at the first look, done at the next). */
  readonly #simulatedLooks = new Map<string, number>();
  readonly #previews = new Map<KeptJob, Promise<KeptDocument>>();
  readonly #documentListeners = new Set<(d: KeptDocument) => void>();
  #timer: unknown = null;
  #stopped = false;
  #lastStatus: Result<DocumentPrinterStatus> = err(kioskError('device.disconnected', 'not read yet'));

  constructor(config: DeviceConfig, clock: Clock, report: StatusReport, log: Logger, options: DocumentPrinterDeviceOptions) {
    this.config = config;
    this.#clock = clock;
    this.#report = report;
    this.#log = log;
    this.#options = options;
    const c = config.connection;
    if (c.type === 'cups') {
      const run = options.run ?? spawnRunner(clock);
      const route = new CupsDocumentPrinter({ printer: c.printer, ...(c.server === undefined ? {} : { server: c.server }), options: c.options }, run);
      this.#route = route;
      this.#cups = { run, printer: c.printer, server: c.server };
      this.#simulator = null;
      this.#intervalMs = c.statusIntervalSeconds * 1000;
      this.description = `CUPS queue ${c.printer}${c.server === undefined ? '' : ` on ${c.server}`}`;
    } else if (c.type === 'simulated') {
      this.#simulator = new DocumentPrinterSimulator({ clock, printer: `Simulated-${config.id}` });
      this.#route = this.#simulator;
      this.#cups = null;
      this.#intervalMs = SIMULATED_STATUS_INTERVAL_MS;
      this.description = 'simulated A4 printer (keeps the PDFs)';
      this.#simulator.onJob((job) => {
        if (this.#documentListeners.size === 0) return;
        void this.#preview(job).then((d) => this.#documentListeners.forEach((l) => l(d)));
      });
    } else {
      throw new Error(`document printer ${config.id}: a "${c.type}" connection cannot reach an A4 printer; use "cups" or "simulated"`);
    }
    this.actions = this.#simulator ? ACTIONS : [];
  }

  async start(): Promise<void> {
    this.#stopped = false;
    await this.refreshStatus();
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Reads the queue's state now and reports it. */
  async refreshStatus(): Promise<Result<DocumentPrinterStatus>> {
    const s = await this.#route.status();
    this.#lastStatus = s;
    const [state, detail] = documentStatusOf(s);
    this.#report(state, detail);
    return s;
  }

  /** Renders a document and sends it to the printer, when the printer can take it now. */
  async print(doc: PrintDocument, copies = 1): Promise<Result<PrintReceipt>> {
    const status = await this.refreshStatus();
    if (!status.ok) return status;
    const ready = readiness(status.value);
    if (!ready.ok) return ready;
    sharedRenderer ??= new DocumentRenderer();
    const renderer = this.#options.renderer ?? sharedRenderer;
    const pdf = await renderer.render(doc, pageFrame(this.#options.hallName, this.#clock, this.#options.timeZone), new Date(this.#clock.now()));
    if (!pdf.ok) return pdf;
    const job = await this.#route.print(pdf.value.pdf, { title: doc.kind, copies });
    if (!job.ok) this.#log.warn('A4 print failed', { code: job.error.code, message: job.error.message });
    else this.#log.info('A4 document printed', { kind: doc.kind, job: job.value.jobId, pages: pdf.value.pages.length });
    void this.refreshStatus();
    return job;
  }

  /** Sends an already rendered PDF (a form's application, the same bytes the platform got), when the printer can take it now. */
  async printPdf(pdf: Uint8Array, title: string, copies = 1): Promise<Result<PrintReceipt>> {
    const status = await this.refreshStatus();
    if (!status.ok) return status;
    const ready = readiness(status.value);
    if (!ready.ok) return ready;
    const job = await this.#route.print(pdf, { title, copies });
    if (!job.ok) this.#log.warn('A4 print failed', { code: job.error.code, message: job.error.message });
    else this.#log.info('A4 document printed', { kind: title, job: job.value.jobId });
    void this.refreshStatus();
    return job;
  }

  /**
   * Where a job sent by this printer stands (document-jobs.ts). CUPS: read with lpstat. Simulated: the
   * simulator prints at once, so a job is printing at its first look and done at the next, unless the
   * printer cannot print (setCondition) before it is done.
   */
  async jobState(jobId: string): Promise<Result<JobReading>> {
    const status = await this.refreshStatus();
    const notReady = status.ok ? readiness(status.value) : status;
    // A jam or toner out is printer.error in general; the screen words the condition itself.
    const problem = notReady.ok ? null : notReady.error.code === 'printer.error' && status.ok ? `printer.${status.value.condition}` : notReady.error.code;
    if (this.#cups) {
      const c = this.#cups;
      const outcome = await c.run({ command: 'lpstat', args: lpstatJobsArgs(c), env: { LC_ALL: 'C', LANG: 'C' }, timeoutMs: 10_000 });
      if (outcome.kind !== 'exited') return err(kioskError('document.cupsUnavailable', `lpstat could not list the jobs of ${c.printer} (${outcome.kind})`));
      const processing = status.ok && status.value.state === 'processing';
      return ok(jobReading(jobId, parseLpstatJobs(outcome.stdout), processing, problem));
    }
    const looks = this.#simulatedLooks.get(jobId) ?? 0;
    if (looks >= 2) return ok({ state: 'done', error: null });
    if (problem) return ok({ state: 'failed', error: problem });
    this.#simulatedLooks.set(jobId, looks + 1);
    return ok(looks === 0 ? { state: 'printing', error: null } : { state: 'done', error: null });
  }

  async selfTest(): Promise<Result<string>> {
    const route = this.#simulator ? 'simulated' : this.description;
    const r = await this.print(testPageDocument({ deviceId: this.config.id, label: this.config.label, route }));
    return r.ok ? ok(`printed a test page (job ${r.value.jobId ?? 'without an id'})`) : r;
  }

  async simulate(actionId: string): Promise<Result<void>> {
    const sim = this.#simulator;
    if (!sim) return err(kioskError('device.notConfigured', `${this.config.id} is a real A4 printer: nothing to simulate`));
    const condition = conditions.find(([c]) => `condition:${c}` === actionId)?.[0];
    if (condition === undefined) return err(kioskError('rpc.invalidInput', `the A4 printer simulator has no action "${actionId}"`));
    sim.setCondition(condition);
    await this.refreshStatus();
    return ok();
  }

  /** The PDFs the simulator kept, newest first, with their pages as images (empty for a real printer). */
  documents(): Promise<KeptDocument[]> {
    const jobs = [...(this.#simulator?.jobs ?? [])].reverse();
    return Promise.all(jobs.map((j) => this.#preview(j)));
  }

  /** Told of each document a simulated printer was sent, once its pages are rendered. */
  onDocument(listener: (d: KeptDocument) => void): () => void {
    this.#documentListeners.add(listener);
    return () => this.#documentListeners.delete(listener);
  }

  get lastStatus(): Result<DocumentPrinterStatus> {
    return this.#lastStatus;
  }

  #preview(job: KeptJob): Promise<KeptDocument> {
    let p = this.#previews.get(job);
    if (!p) {
      p = renderPdfPages(job.pdf, this.#options.run ? { run: this.#options.run } : {}).then((pages) => ({
        deviceId: this.config.id,
        jobNumber: job.jobNumber,
        at: new Date(job.at).toISOString(),
        title: job.title,
        copies: job.copies,
        bytes: job.pdf.length,
        pages: pages.ok ? pages.value.map((png) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`) : [],
        previewError: pages.ok ? null : pages.error.message,
      }));
      this.#previews.set(job, p);
      // Forget the previews of jobs the simulator no longer keeps.
      const kept = new Set(this.#simulator?.jobs ?? []);
      for (const j of this.#previews.keys()) if (!kept.has(j)) this.#previews.delete(j);
    }
    return p;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = this.#clock.setTimeout(() => {
      void this.refreshStatus()
        .catch((e: unknown) => this.#log.error('reading the A4 printer status failed', { error: String(e) }))
        .finally(() => this.#schedule());
    }, this.#intervalMs);
  }
}
