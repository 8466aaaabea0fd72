// TicketPrinter: an ESC/POS ticket printer over any ByteTransport. Polls the status (DLE EOT or
// GS r 1, as the profile says) and tells each change; print() refuses while the printer cannot print
// (printer.paperOut / printer.coverOpen / printer.offline / printer.error), sends the job in chunks
// and asks for the status after each, so paper running out or the cable going mid-job fails the job
// with its bytes kept for reprint(). The job list is in memory and small: persistence is the core's.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/hall-time.ts';
import { deviceDeadline } from '../common/deadline.ts';
import { Listeners } from '../common/listeners.ts';
import type { ByteTransport, TransportState } from '../transports/transport.ts';
import { EscPosEncoder } from './escpos.codec.ts';
import { chunkAtCommands } from './job-chunks.ts';
import { encodeSelfTest } from './self-test.ts';
import {
  decodeDleEotAnswers,
  decodeGsR1Status,
  dleEot,
  gsR1,
  notAnsweringStatus,
  refusalFor,
  sameStatus,
  unknownStatus,
} from './status.codec.ts';
import { encodeTicket, type TicketOptions } from './ticket.ts';
import type { JobInput, TicketPrinterOptions } from './driver-options.ts';
import type { JobRecord, PrinterProfile, PrinterStatus, QrMatrixEncoder, Ticket, TicketPrinterEvents } from './types.ts';

export type { JobInput, TicketPrinterOptions } from './driver-options.ts';

export class TicketPrinter {
  readonly #transport: ByteTransport;
  readonly #clock: Clock;
  readonly #profile: PrinterProfile;
  readonly #pollMs: number | null;
  readonly #answerMs: number;
  readonly #offlineAfter: number;
  readonly #chunk: number;
  readonly #settleMs: number;
  readonly #keepJobs: number;
  readonly #qrEncoder: QrMatrixEncoder | undefined;
  readonly #timeZone: string;
  readonly #nextJobId: () => string;
  readonly #onBug: (error: unknown) => void;
  readonly #reopen: boolean;
  readonly #listeners: Listeners<TicketPrinterEvents>;

  #status: PrinterStatus = unknownStatus;
  #jobs: JobRecord[] = [];
  #lock: Promise<unknown> = Promise.resolve();
  #waiter: { resolve: (r: Result<number>) => void; cancel: () => void } | null = null;
  #unsubscribe: (() => void)[] = [];
  #running = false;
  /** The transport went away since it was last open. */
  #lost = false;
  #epoch = 0;
  #timer: unknown = null;
  #failures = 0;
  #jobCounter = 0;
  #stray = 0;

  constructor(options: TicketPrinterOptions) {
    this.#transport = options.transport;
    this.#clock = options.clock;
    this.#profile = options.profile;
    this.#pollMs = options.pollIntervalMs === null ? null : Math.max(10, options.pollIntervalMs ?? 2000);
    this.#answerMs = Math.max(1, options.answerTimeoutMs ?? 500);
    this.#offlineAfter = Math.max(1, options.offlineAfterFailures ?? 2);
    this.#chunk = Math.max(16, options.chunkBytes ?? 256);
    this.#settleMs = Math.max(0, options.settleMs ?? 0);
    this.#keepJobs = Math.max(1, options.keepJobs ?? 20);
    this.#qrEncoder = options.qrEncoder;
    this.#timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.#reopen = options.reopen ?? true;
    this.#nextJobId = options.nextJobId ?? (() => `job-${this.#clock.now()}-${++this.#jobCounter}`);
    this.#onBug =
      options.onBug ??
      ((e) =>
        queueMicrotask(() => {
          throw e;
        }));
    this.#listeners = new Listeners(this.#onBug);
  }

  get profile(): PrinterProfile {
    return this.#profile;
  }

  get status(): PrinterStatus {
    return this.#status;
  }

  /** Answer bytes that came when nothing was asked (late answers, noise). */
  get strayBytes(): number {
    return this.#stray;
  }

  /** Kept jobs, oldest first. */
  get jobs(): readonly JobRecord[] {
    return this.#jobs;
  }

  job(id: string): JobRecord | undefined {
    return this.#jobs.find((j) => j.id === id);
  }

  /** `statusChanged`: the new status, whenever it changes. */
  on<E extends keyof TicketPrinterEvents>(event: E, listener: (payload: TicketPrinterEvents[E]) => void): () => void {
    return this.#listeners.on(event, listener);
  }

  /** Opens the transport if needed, asks for the status and starts polling. */
  async start(): Promise<Result<PrinterStatus>> {
    if (this.#running) return ok(this.#status);
    this.#running = true;
    const epoch = ++this.#epoch;
    this.#attach();
    // Opened once here; after that only when `reopen` allows (a reconnecting transport reopens itself).
    if (this.#transport.state !== 'open' && !this.#reopen) await this.#transport.open();
    const first = await this.#pollOnce();
    this.#schedulePoll(epoch);
    return first;
  }

  /** Stops polling; leaves the transport open for its owner. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#epoch++;
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#settle(err(kioskError('device.disconnected', 'printer driver stopped')));
    for (const off of this.#unsubscribe.splice(0)) off();
  }

  /** Asks the printer now (between jobs, never in the middle of one). */
  queryStatus(): Promise<Result<PrinterStatus>> {
    this.#attach();
    return this.#exclusive(() => this.#query());
  }

  /** Encodes a ticket for this printer's profile and prints it. */
  async printTicket(ticket: Ticket, options: Omit<TicketOptions, 'qrEncoder'> = {}): Promise<Result<JobRecord>> {
    const encoded = encodeTicket(ticket, this.#profile, { timeZone: this.#timeZone, ...options, qrEncoder: this.#qrEncoder });
    if (!encoded.ok) return encoded;
    return this.print({ label: `ticket ${ticket.number}`, bytes: encoded.value.bytes });
  }

  /** A test slip: profile, column ruler, Chinese text, sizes, a QR code. */
  selfTest(): Promise<Result<JobRecord>> {
    const encoded = encodeSelfTest(this.#profile, this.#clock.now(), this.#timeZone, this.#qrEncoder);
    if (!encoded.ok) return Promise.resolve(encoded);
    return this.print({ label: 'self-test', bytes: encoded.value });
  }

  /** Prints a job; refused (and not kept) when the printer cannot print now. */
  print(input: JobInput): Promise<Result<JobRecord>> {
    this.#attach();
    return this.#exclusive(async () => {
      const ready = await this.#checkReady();
      if (!ready.ok) return ready;
      const now = this.#clock.now();
      const record: JobRecord = {
        id: input.id ?? this.#nextJobId(),
        label: input.label,
        bytes: input.bytes.slice(),
        state: 'printing',
        attempts: 1,
        failure: null,
        createdAt: now,
        updatedAt: now,
      };
      this.#keep(record);
      return this.#send(record);
    });
  }

  /** Prints a kept job again (a failed one, or a printed one for a 补打). */
  reprint(jobId: string): Promise<Result<JobRecord>> {
    this.#attach();
    return this.#exclusive(async () => {
      const job = this.job(jobId);
      if (job === undefined) return err(kioskError('printer.unknownJob', `no kept job "${jobId}"`, { jobId }));
      if (job.state === 'printing') return err(kioskError('device.busy', `job "${jobId}" is printing`, { jobId }));
      const ready = await this.#checkReady();
      if (!ready.ok) return ready;
      // A job cut short by the link may have left half a slip on the paper: cut it off first.
      if ((job.failure === 'device.disconnected' || job.failure === 'device.timeout') && this.#profile.cut !== 'none') {
        const cut = new EscPosEncoder().cut(this.#profile.cut, this.#profile.feedBeforeCut).build();
        if (cut.ok) await this.#transport.write(cut.value);
      }
      return this.#send(this.#update(job, { state: 'printing', attempts: job.attempts + 1, failure: null }));
    });
  }

  /** Listens to the transport (once; stop() lets go). */
  #attach(): void {
    if (this.#unsubscribe.length > 0) return;
    this.#unsubscribe.push(this.#transport.onData((chunk) => this.#receive(chunk)));
    this.#unsubscribe.push(this.#transport.onState((s) => this.#onTransportState(s)));
  }

  // ---- jobs -----------------------------------------------------------------------------------

  async #checkReady(): Promise<Result<void>> {
    if (this.#transport.state !== 'open') {
      return err(kioskError('device.disconnected', `printer not connected (${this.#transport.state})`));
    }
    if (this.#profile.statusQuery === 'none') return ok();
    const status = await this.#query();
    if (!status.ok) return status;
    const refusal = refusalFor(status.value);
    return refusal === null ? ok() : err(refusal);
  }

  async #send(job: JobRecord): Promise<Result<JobRecord>> {
    const chunks = chunkAtCommands(job.bytes, this.#chunk);
    for (const [i, chunk] of chunks.entries()) {
      const written = await this.#transport.write(chunk);
      if (!written.ok) return this.#fail(job, written.error);
      if (i === chunks.length - 1 && this.#settleMs > 0) await this.#sleep(this.#settleMs);
      const checked = await this.#checkDuringJob();
      if (!checked.ok) return this.#fail(job, checked.error);
    }
    return ok(this.#update(job, { state: 'printed', failure: null }));
  }

  async #checkDuringJob(): Promise<Result<void>> {
    if (this.#profile.statusQuery === 'none') return ok();
    const status = await this.#query();
    if (!status.ok) return status;
    const refusal = refusalFor(status.value);
    return refusal === null ? ok() : err(refusal);
  }

  #fail(job: JobRecord, error: KioskError): Result<never> {
    const failed = this.#update(job, { state: 'failed', failure: error.code });
    return err({ ...error, details: { jobId: failed.id, attempts: failed.attempts } });
  }

  #update(job: JobRecord, change: Partial<Pick<JobRecord, 'state' | 'attempts' | 'failure'>>): JobRecord {
    const next: JobRecord = { ...job, ...change, updatedAt: this.#clock.now() };
    this.#jobs = this.#jobs.map((j) => (j.id === job.id ? next : j));
    return next;
  }

  #keep(record: JobRecord): void {
    this.#jobs = [...this.#jobs.filter((j) => j.id !== record.id), record];
    while (this.#jobs.length > this.#keepJobs) {
      const printed = this.#jobs.findIndex((j) => j.state === 'printed');
      this.#jobs.splice(printed >= 0 ? printed : 0, 1);
    }
  }

  // ---- status ---------------------------------------------------------------------------------

  /** One status query; updates the status (and tells listeners) on the way. */
  async #query(): Promise<Result<PrinterStatus>> {
    const answer = await this.#ask();
    if (!answer.ok) {
      this.#failures++;
      if (this.#failures >= this.#offlineAfter) this.#setStatus(notAnsweringStatus);
      return answer;
    }
    this.#failures = 0;
    this.#setStatus(answer.value);
    return answer;
  }

  async #ask(): Promise<Result<PrinterStatus>> {
    switch (this.#profile.statusQuery) {
      case 'none':
        return ok(unknownStatus);
      case 'gsR': {
        const byte = await this.#request(gsR1);
        return byte.ok ? decodeGsR1Status(byte.value) : byte;
      }
      case 'dleEot': {
        const answers: number[] = [];
        for (const n of [1, 2, 4] as const) {
          const byte = await this.#request(dleEot(n));
          if (!byte.ok) return byte;
          answers.push(byte.value);
        }
        return decodeDleEotAnswers(answers);
      }
    }
  }

  /** Writes a request and waits for its one answer byte. */
  async #request(bytes: Uint8Array): Promise<Result<number>> {
    const answer = new Promise<Result<number>>((resolve) => {
      const cancel = deviceDeadline(this.#clock, this.#answerMs, () => {
        this.#waiter = null;
        resolve(err(kioskError('device.timeout', `no status answer within ${this.#answerMs} ms`)));
      });
      this.#waiter = { resolve, cancel };
    });
    const written = await this.#transport.write(bytes);
    if (!written.ok) this.#settle(written);
    return answer;
  }

  #receive(chunk: Uint8Array): void {
    for (const byte of chunk) {
      if (this.#waiter === null) this.#stray++;
      else this.#settle(ok(byte));
    }
  }

  #settle(result: Result<number>): void {
    const waiter = this.#waiter;
    if (waiter === null) return;
    this.#waiter = null;
    waiter.cancel();
    waiter.resolve(result);
  }

  #setStatus(status: PrinterStatus): void {
    if (sameStatus(status, this.#status)) return;
    this.#status = status;
    this.#listeners.emit('statusChanged', status);
  }

  #onTransportState(state: TransportState): void {
    if (state === 'disconnected' || state === 'closed') {
      this.#settle(err(kioskError('device.disconnected', `printer transport ${state}`)));
      this.#setStatus(notAnsweringStatus);
      this.#lost = true;
    }
    // Back after a replug: say so now rather than at the next poll.
    if (state === 'open' && this.#lost && this.#running) {
      this.#lost = false;
      void this.#exclusive(() => this.#query()).catch((e: unknown) => this.#onBug(e));
    }
  }

  // ---- polling --------------------------------------------------------------------------------

  #pollOnce(): Promise<Result<PrinterStatus>> {
    return this.#exclusive(async () => {
      if (this.#transport.state !== 'open') {
        if (!this.#reopen) {
          this.#setStatus(notAnsweringStatus);
          return err(kioskError('device.disconnected', `printer transport ${this.#transport.state}`));
        }
        const opened = await this.#transport.open();
        if (!opened.ok) {
          this.#setStatus(notAnsweringStatus);
          return opened;
        }
      }
      return this.#query();
    });
  }

  #schedulePoll(epoch: number): void {
    if (!this.#running || epoch !== this.#epoch || this.#pollMs === null) return;
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      this.#pollOnce().then(
        () => this.#schedulePoll(epoch),
        (e: unknown) => {
          this.#onBug(e);
          this.#schedulePoll(epoch);
        },
      );
    }, this.#pollMs);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.#clock.setTimeout(resolve, ms));
  }

  /** Runs `task` after every task before it: one conversation with the printer at a time. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(task, task);
    this.#lock = run.catch(() => undefined);
    return run;
  }
}
