// PrinterSimulator: a thermal ticket printer on the device end of a transport. It parses the
// ESC/POS stream, answers DLE EOT n and GS r 1 from its current state, and keeps what it printed per
// cut (one slip each) as bytes, so tests and the developer page can render or inspect the slips: the
// newest `keep` of them (a simulated kiosk printing all day must not hold every slip it ever cut).
//
// Like a real printer it stops printing while the paper is out, the cover is open, or it is offline
// or in error: print data arriving then is lost (a real one may hold some of it in its buffer), while
// the real-time status requests are still answered. `runOutOfPaperAfter(n)` ends the paper after n
// more printed lines (LF and ESC d feeds count; images and QR symbols do not): the slip being printed
// is then kept as torn (not cut).
import { ok, type Result } from '../../domain/result.ts';
import type { ByteTransport } from '../transports/transport.ts';
import { EscPosParser, type EscPosToken } from './escpos.parser.ts';
import { encodeDleEotAnswer, encodeGsR1Answer, summarize, type StatusFlags } from './status.codec.ts';
import type { PaperState, PrinterStatus } from './types.ts';

export interface PrintedSlip {
  readonly bytes: Uint8Array;
  /** How the slip left the printer: cut, or torn (paper ran out, or still on the printer). */
  readonly end: 'fullCut' | 'partialCut' | 'torn';
}

export interface PrinterSimulatorOptions {
  /** The device side of the link the driver talks through. */
  readonly transport: ByteTransport;
  /** Which status requests the simulated model answers. Default 'both'. */
  readonly answers?: 'dleEot' | 'gsR' | 'both' | 'none';
  /** How many of the newest slips `slips` keeps. Default 50. */
  readonly keep?: number;
}

export interface PrinterSimulatorHooks {
  /** Each slip as it is cut (or torn off when the paper runs out). */
  onSlip?: (slip: PrintedSlip) => void;
}

export class PrinterSimulator {
  readonly #transport: ByteTransport;
  readonly #answers: NonNullable<PrinterSimulatorOptions['answers']>;
  readonly #parser = new EscPosParser();
  readonly #slips: PrintedSlip[] = [];
  readonly #keep: number;
  #current: Uint8Array[] = [];
  #paper: PaperState = 'ok';
  #coverOpen = false;
  #offline = false;
  #error = false;
  #linesLeft: number | null = null;
  #lines = 0;
  #received = 0;
  #requests = 0;
  #unsubscribe: (() => void) | null = null;
  #hooks: PrinterSimulatorHooks = {};

  constructor(options: PrinterSimulatorOptions) {
    this.#transport = options.transport;
    this.#answers = options.answers ?? 'both';
    this.#keep = Math.max(1, options.keep ?? 50);
  }

  /** Opens the device end if needed and starts listening. */
  async start(hooks: PrinterSimulatorHooks = {}): Promise<Result<void>> {
    this.#hooks = hooks;
    if (this.#unsubscribe === null) this.#unsubscribe = this.#transport.onData((chunk) => this.#receive(chunk));
    if (this.#transport.state !== 'open') return this.#transport.open();
    return ok();
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  // ---- hooks ----------------------------------------------------------------------------------

  setPaper(paper: PaperState): void {
    this.#paper = paper;
    if (paper !== 'out') this.#linesLeft = null;
  }

  /** The paper runs out after `lines` more printed lines (mid-job if a job is running then). */
  runOutOfPaperAfter(lines: number): void {
    this.#linesLeft = Math.max(0, Math.floor(lines));
    if (this.#linesLeft === 0) this.#paperRanOut();
  }

  openCover(): void {
    this.#coverOpen = true;
  }

  closeCover(): void {
    this.#coverOpen = false;
  }

  goOffline(): void {
    this.#offline = true;
  }

  goOnline(): void {
    this.#offline = false;
  }

  setError(on: boolean): void {
    this.#error = on;
  }

  // ---- what it printed ------------------------------------------------------------------------

  get status(): PrinterStatus {
    return summarize(this.#flags());
  }

  /** The newest slips (at most `keep`), cut or torn, oldest first. */
  get slips(): readonly PrintedSlip[] {
    return this.#slips;
  }

  /** What is printed but not yet cut. */
  get uncut(): Uint8Array {
    return concat(this.#current);
  }

  get linesPrinted(): number {
    return this.#lines;
  }

  get bytesReceived(): number {
    return this.#received;
  }

  get statusRequestsAnswered(): number {
    return this.#requests;
  }

  // ---- the stream -----------------------------------------------------------------------------

  #flags(): StatusFlags {
    return { offline: this.#offline, coverOpen: this.#coverOpen, error: this.#error, paper: this.#paper };
  }

  #canPrint(): boolean {
    return this.#paper !== 'out' && !this.#coverOpen && !this.#offline && !this.#error;
  }

  #receive(chunk: Uint8Array): void {
    this.#received += chunk.length;
    for (const { token, bytes } of this.#parser.pushWithBytes(chunk)) this.#handle(token, bytes);
  }

  #handle(token: EscPosToken, bytes: Uint8Array): void {
    switch (token.kind) {
      case 'statusRequest':
        if (this.#answers === 'dleEot' || this.#answers === 'both') {
          if (token.n === 1 || token.n === 2 || token.n === 4) this.#answer(encodeDleEotAnswer(token.n, this.#flags()));
          else if (token.n === 3) this.#answer(0x12);
        }
        return;
      case 'sensorRequest':
        if ((this.#answers === 'gsR' || this.#answers === 'both') && (token.n === 1 || token.n === 49)) {
          this.#answer(encodeGsR1Answer(this.#paper));
        }
        return;
      default:
        break;
    }
    if (!this.#canPrint()) return;
    this.#current.push(bytes);
    switch (token.kind) {
      case 'lf':
        this.#printedLines(1);
        return;
      case 'feed':
        this.#printedLines(token.lines);
        return;
      case 'cut':
        this.#finishSlip(token.full ? 'fullCut' : 'partialCut');
        return;
      default:
        return;
    }
  }

  #answer(byte: number): void {
    this.#requests++;
    void this.#transport.write(Uint8Array.of(byte));
  }

  #printedLines(n: number): void {
    this.#lines += n;
    if (this.#linesLeft === null) return;
    this.#linesLeft -= n;
    if (this.#linesLeft <= 0) this.#paperRanOut();
  }

  #paperRanOut(): void {
    this.#linesLeft = null;
    this.#paper = 'out';
    if (this.#current.length > 0) this.#finishSlip('torn');
  }

  #finishSlip(end: PrintedSlip['end']): void {
    const slip: PrintedSlip = { bytes: concat(this.#current), end };
    this.#current = [];
    this.#slips.push(slip);
    if (this.#slips.length > this.#keep) this.#slips.shift();
    this.#hooks.onSlip?.(slip);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
