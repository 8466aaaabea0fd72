// An A4 printer that keeps what it was sent: the same print route as CUPS (DocumentPrintRoute), for
// the simulated hall and for tests. Hooks set its condition (paper out, cover open, offline,
// rejecting jobs); `jobs` holds the last PDFs, newest last. One instance per simulated printer.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import type { DocumentPrintRoute } from './driver.ts';
import { conditionOf } from './lpstat.codec.ts';
import type { DocumentPrinterCondition, DocumentPrinterStatus, PrintJobOptions, PrintReceipt } from './types.ts';

export interface KeptJob {
  /** 1, 2, 3... in the order the simulator took them. */
  readonly jobNumber: number;
  readonly jobId: string;
  readonly title: string;
  readonly copies: number;
  readonly at: number;
  readonly pdf: Uint8Array;
}

export interface DocumentPrinterSimulatorOptions {
  readonly clock: Clock;
  /** The queue name it answers as. */
  readonly printer?: string;
  /** How many jobs are kept (the oldest is dropped first). Default 20. */
  readonly keep?: number;
}

/** The printer-state-reasons a real queue shows for each condition the simulator can be put in. */
const reasonsFor: Readonly<Record<SimulatedCondition, readonly string[]>> = {
  ready: [],
  paperOut: ['media-empty-error'],
  paperJam: ['media-jam-error'],
  coverOpen: ['door-open-report'],
  tonerOut: ['toner-empty-error'],
  offline: ['offline-report'],
  rejecting: [],
};

export type SimulatedCondition = Exclude<DocumentPrinterCondition, 'printing' | 'stopped'>;

export class DocumentPrinterSimulator implements DocumentPrintRoute {
  readonly printer: string;
  readonly #clock: Clock;
  readonly #keep: number;
  readonly #jobs: KeptJob[] = [];
  readonly #listeners = new Set<(job: KeptJob) => void>();
  #condition: SimulatedCondition = 'ready';
  #next = 1;

  constructor(options: DocumentPrinterSimulatorOptions) {
    this.printer = options.printer ?? 'Simulated-A4';
    this.#clock = options.clock;
    this.#keep = Math.max(1, options.keep ?? 20);
  }

  /** The kept jobs, oldest first. */
  get jobs(): readonly KeptJob[] {
    return this.#jobs;
  }

  setCondition(condition: SimulatedCondition): void {
    this.#condition = condition;
  }

  /** Told of every job the simulator takes. */
  onJob(listener: (job: KeptJob) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async print(pdf: Uint8Array, job: PrintJobOptions): Promise<Result<PrintReceipt>> {
    if (pdf.length < 5 || String.fromCharCode(...pdf.subarray(0, 5)) !== '%PDF-') {
      return err(kioskError('document.invalid', 'not a PDF (no %PDF- header)'));
    }
    const copies = job.copies ?? 1;
    if (this.#condition === 'rejecting') return err(kioskError('document.printerRejecting', `printer "${this.printer}" is not accepting jobs`));
    const jobNumber = this.#next++;
    // CUPS queues a job whatever the paper: it waits in the queue until the printer can take it.
    const kept: KeptJob = { jobNumber, jobId: `${this.printer}-${jobNumber}`, title: job.title, copies, at: this.#clock.now(), pdf: pdf.slice() };
    this.#jobs.push(kept);
    if (this.#jobs.length > this.#keep) this.#jobs.shift();
    for (const l of [...this.#listeners]) l(kept);
    return ok({ jobId: kept.jobId });
  }

  async status(): Promise<Result<DocumentPrinterStatus>> {
    const base = { state: 'idle', accepting: this.#condition !== 'rejecting', reasons: reasonsFor[this.#condition] } as const;
    return ok({ printer: this.printer, ...base, message: null, condition: conditionOf(base) });
  }
}
