// The scanner's side of a serial link, for development and tests: scan(text) sends a code framed
// as the configured scanner would; noise() sends bytes that are no code. One instance per scanner.
import { ok, type Result } from '../../domain/result.ts';
import type { ByteTransport } from '../transports/transport.ts';
import { scannerLineConfigSchema, type ScannerLineConfig } from './scanner-config.ts';
import { encodeScanLine } from './scanner-line.codec.ts';

export interface ScannerSimulatorOptions {
  /** The device end of the link. */
  readonly transport: ByteTransport;
  readonly config?: Partial<ScannerLineConfig>;
}

/** Line noise: NUL, ESC, DEL and a stray letter. */
export const DEFAULT_NOISE: readonly number[] = [0x00, 0x1b, 0x7f, 0x41];

const terminators: Readonly<Record<ScannerLineConfig['terminator'], readonly number[]>> = {
  CR: [0x0d],
  LF: [0x0a],
  CRLF: [0x0d, 0x0a],
};

export class ScannerSimulator {
  readonly #transport: ByteTransport;
  readonly config: ScannerLineConfig;
  /** Codes sent with scan(), oldest first. */
  readonly sent: string[] = [];

  constructor(options: ScannerSimulatorOptions) {
    this.#transport = options.transport;
    this.config = scannerLineConfigSchema.parse(options.config ?? {});
  }

  start(): Promise<Result<void>> {
    return this.#transport.state === 'open' ? Promise.resolve(ok()) : this.#transport.open();
  }

  stop(): Promise<void> {
    return this.#transport.close();
  }

  /**
   * Sends `text` as one scan. `chunkSize` splits it into several writes, as a slow UART delivers it;
   * `terminate: false` leaves the terminator off (a cut-off read).
   */
  async scan(text: string, options: { chunkSize?: number; terminate?: boolean } = {}): Promise<Result<void>> {
    const framed = encodeScanLine(text, this.config);
    if (!framed.ok) return framed;
    const termLength = this.config.terminator === 'CRLF' ? 2 : 1;
    const bytes = options.terminate === false ? framed.value.subarray(0, framed.value.length - termLength) : framed.value;
    this.sent.push(text);
    return this.sendRaw(bytes, options.chunkSize);
  }

  /** Sends bytes that are no code, followed by the terminator unless `terminate` is false. */
  noise(bytes: readonly number[] = DEFAULT_NOISE, terminate = true): Promise<Result<void>> {
    const tail = terminate ? terminators[this.config.terminator] : [];
    return this.sendRaw(Uint8Array.from([...bytes, ...tail]));
  }

  async sendRaw(bytes: Uint8Array, chunkSize = bytes.length): Promise<Result<void>> {
    const size = Math.max(1, chunkSize);
    for (let i = 0; i < bytes.length; i += size) {
      const r = await this.#transport.write(bytes.subarray(i, i + size));
      if (!r.ok) return r;
    }
    return ok();
  }
}
