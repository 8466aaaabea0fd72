// QR/barcode scanner driver over an injected ByteTransport: line framing per config, each
// code classified, repeats of the same code within `repeatWindowMs` ignored (a phone held under a
// scanner in sense mode is read again and again), a code cut off mid-line dropped after
// `lineTimeoutMs` of silence. The bytes come from a serial line, or (`input: 'hidKeyboard'`) from a
// USB keyboard-mode scanner read through HID: each chunk is then a keyboard report, typed into
// bytes by hid-keyboard.codec.ts before the line framing.
import type { Clock } from '../../domain/clock.ts';
import type { Result } from '../../domain/result.ts';
import type { ByteTransport, TransportState } from '../transports/transport.ts';
import { classifyCode, defaultClassifierRules, type ClassifierRule } from './classify-code.ts';
import { listenAndOpen } from '../common/listen-and-open.ts';
import { Listeners } from '../common/listeners.ts';
import { scannerConfigSchema, type ScannerConfig } from './scanner-config.ts';
import { HidKeyboardDecoder } from './hid-keyboard.codec.ts';
import { ScanLineDecoder } from './scanner-line.codec.ts';
import type { Scanner, ScannerEventName, ScannerEvents, ScannerStatus } from './types.ts';

export interface ScannerOptions {
  readonly transport: ByteTransport;
  readonly clock: Clock;
  /** Parsed config; omitted keys take the defaults of scannerConfigSchema. */
  readonly config?: Partial<ScannerConfig>;
  readonly rules?: readonly ClassifierRule[];
  /** What the transport's chunks are: bytes of a line (serial, the default) or HID keyboard reports. */
  readonly input?: 'line' | 'hidKeyboard';
}

class LineScanner implements Scanner {
  readonly #transport: ByteTransport;
  readonly #clock: Clock;
  readonly #config: ScannerConfig;
  readonly #rules: readonly ClassifierRule[];
  readonly #decoder: ScanLineDecoder;
  readonly #keyboard: HidKeyboardDecoder | null;
  readonly #events = new Listeners<ScannerEvents>();
  #status: ScannerStatus = 'stopped';
  #unsubscribe: (() => void)[] = [];
  #lineTimer: unknown = undefined;
  #last: { code: string; at: number } | undefined;

  constructor(options: ScannerOptions) {
    this.#transport = options.transport;
    this.#clock = options.clock;
    this.#config = scannerConfigSchema.parse(options.config ?? {});
    this.#rules = options.rules ?? defaultClassifierRules;
    this.#decoder = new ScanLineDecoder(this.#config);
    this.#keyboard = options.input === 'hidKeyboard' ? new HidKeyboardDecoder() : null;
  }

  get status(): ScannerStatus {
    return this.#status;
  }

  on<E extends ScannerEventName>(event: E, listener: (payload: ScannerEvents[E]) => void): () => void {
    return this.#events.on(event, listener);
  }

  /**
   * Subscribes and opens the transport. A failed open is returned, and the driver stays subscribed:
   * a reconnecting transport that opens later makes it `ready`; calling start() again retries.
   */
  async start(): Promise<Result<void>> {
    const opened = await listenAndOpen(this.#transport, this.#unsubscribe, (c) => this.#onData(c), (s) => this.#onState(s));
    this.#setStatus(opened.ok ? 'ready' : 'disconnected');
    return opened;
  }

  async stop(): Promise<void> {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
    this.#clearTimer();
    this.#decoder.flush();
    await this.#transport.close();
    this.#setStatus('stopped');
  }

  #onState(state: TransportState): void {
    if (this.#unsubscribe.length === 0) return;
    if (state === 'open') {
      this.#keyboard?.reset();
      this.#setStatus('ready');
    }
    else if (state === 'disconnected' || state === 'closed') {
      this.#clearTimer();
      this.#decoder.flush();
      this.#setStatus('disconnected');
    }
  }

  #onData(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.#keyboard) {
      const typed = this.#keyboard.push(chunk);
      if (!typed.ok) {
        this.#events.emit('faulted', { error: typed.error });
        return;
      }
      if (typed.value.length === 0) return;
      bytes = typed.value;
    }
    this.#clearTimer();
    this.#handle(this.#decoder.push(bytes));
    if (this.#decoder.inLine) {
      this.#lineTimer = this.#clock.setTimeout(() => {
        this.#lineTimer = undefined;
        this.#handle(this.#decoder.flush());
      }, this.#config.lineTimeoutMs);
    }
  }

  #handle(results: readonly Result<string>[]): void {
    for (const r of results) {
      if (!r.ok) {
        this.#events.emit('faulted', { error: r.error });
        continue;
      }
      const at = this.#clock.now();
      const code = r.value;
      const last = this.#last;
      this.#last = { code, at };
      if (last && last.code === code && at - last.at < this.#config.repeatWindowMs) continue;
      this.#events.emit('scanned', { code, classification: classifyCode(code, this.#rules), at });
    }
  }

  #clearTimer(): void {
    if (this.#lineTimer !== undefined) this.#clock.clearTimeout(this.#lineTimer);
    this.#lineTimer = undefined;
  }

  #setStatus(status: ScannerStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#events.emit('statusChanged', { status });
  }
}

export function createScanner(options: ScannerOptions): Scanner {
  return new LineScanner(options);
}
