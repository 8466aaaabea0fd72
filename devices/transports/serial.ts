// A serial port (RS-232, USB-serial, RS-485 adapters) through serialport 13. The port object is
// created per open (a fresh stream has no stale state after an unplug); its factory is injectable so
// tests can use serialport's SerialPortMock, and the `serialport` module itself is imported lazily so
// that a machine without its native binding can still run the rest of the terminal.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { ByteTransport, TransportState } from './transport.ts';
import { withHangupDetection } from './serial-hangup.ts';
import { errorDetails, PendingWrites, TransportEvents } from './transport-events.ts';

export type SerialParity = 'none' | 'even' | 'odd' | 'mark' | 'space';

/** What the factory receives: serialport's open options, never auto-opening. */
export interface SerialPortSettings {
  readonly path: string;
  readonly baudRate: number;
  readonly dataBits: 5 | 6 | 7 | 8;
  readonly parity: SerialParity;
  readonly stopBits: 1 | 1.5 | 2;
  readonly autoOpen: false;
}

/** The part of serialport's SerialPort (a SerialPortStream) this transport uses. */
export interface SerialPortLike {
  readonly isOpen: boolean;
  open(callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
  write(data: Buffer, callback: (error: Error | null | undefined) => void): boolean;
  drain(callback: (error: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  /** After an unplug serialport passes a DisconnectedError (`disconnected: true`). */
  on(event: 'close', listener: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type SerialPortFactory = (settings: SerialPortSettings) => SerialPortLike | Promise<SerialPortLike>;

export interface SerialTransportOptions {
  readonly path: string;
  readonly baudRate: number;
  /** Default 8 data bits, no parity, 1 stop bit (8N1). */
  readonly dataBits?: 5 | 6 | 7 | 8;
  readonly parity?: SerialParity;
  readonly stopBits?: 1 | 1.5 | 2;
  /** Default: serialport's SerialPort with the platform's native binding. */
  readonly createPort?: SerialPortFactory;
}

/**
 * Opens real serial ports; `serialport` is loaded on first use. Its native binding is wrapped so that
 * a hangup read as end-of-file is reported as a disconnect (see serial-hangup.ts).
 */
export const nativeSerialPortFactory: SerialPortFactory = async (settings) => {
  const { SerialPort } = await import('serialport');
  const options = { ...settings, binding: withHangupDetection(SerialPort.binding) };
  return new SerialPort(options);
};

export class SerialTransport implements ByteTransport {
  readonly description: string;
  readonly #events = new TransportEvents();
  readonly #settings: SerialPortSettings;
  readonly #createPort: SerialPortFactory;
  #port: SerialPortLike | undefined;
  /** Bumped by every open and close: callbacks from an older port object are ignored. */
  #session = 0;
  readonly #pendingWrites = new PendingWrites();

  constructor(options: SerialTransportOptions) {
    this.#settings = {
      path: options.path,
      baudRate: options.baudRate,
      dataBits: options.dataBits ?? 8,
      parity: options.parity ?? 'none',
      stopBits: options.stopBits ?? 1,
      autoOpen: false,
    };
    this.#createPort = options.createPort ?? nativeSerialPortFactory;
    this.description = `serial ${options.path} @${options.baudRate}`;
  }

  get state(): TransportState {
    return this.#events.state;
  }

  open(): Promise<Result<void>> {
    return this.#events.open(() => this.#open());
  }

  async #open(): Promise<Result<void>> {
    const session = ++this.#session;
    this.#events.setState('opening');
    let port: SerialPortLike;
    try {
      port = await this.#createPort(this.#settings);
    } catch (error) {
      // serialport throws on invalid settings (no path, a baud rate that is not a number) and the
      // lazy import fails where the native binding is missing.
      if (session === this.#session) this.#events.setState('closed');
      const code = error instanceof TypeError ? 'device.notConfigured' : 'device.unsupported';
      return err(kioskError(code, `${this.description}: ${errorDetails(error).message}`, errorDetails(error)));
    }
    // An 'error' event without a listener would crash the process: there is always one.
    port.on('error', (error) => this.#lost(session, port, error));
    port.on('close', (error) => this.#lost(session, port, error ?? undefined));
    port.on('data', (chunk) => {
      if (session === this.#session) this.#events.emitData(chunk);
    });
    const failure = await new Promise<Error | null>((resolve) => port.open(resolve));
    if (session !== this.#session) {
      if (!failure) closeQuietly(port);
      return err(kioskError('device.disconnected', `${this.description}: closed while opening`));
    }
    if (failure) {
      this.#events.setState('closed');
      return err(kioskError('device.disconnected', `${this.description}: ${failure.message}`, errorDetails(failure)));
    }
    this.#port = port;
    this.#events.setState('open');
    return ok();
  }

  /** The port went away under us (unplug, I/O error) or closed without being asked to. */
  #lost(session: number, port: SerialPortLike, error: Error | undefined): void {
    if (session !== this.#session || this.#port !== port) return;
    this.#port = undefined;
    this.#session++;
    const reason = error ? error.message : 'port closed';
    this.#pendingWrites.settleAll(err(kioskError('device.disconnected', `${this.description}: ${reason}`)));
    if (port.isOpen) closeQuietly(port);
    this.#events.setState('disconnected');
  }

  async close(): Promise<void> {
    const port = this.#port;
    this.#session++;
    this.#port = undefined;
    this.#events.forgetOpening();
    this.#pendingWrites.settleAll(err(kioskError('device.disconnected', `${this.description}: closed`)));
    if (this.state === 'closed') return;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    this.#events.setState('closed');
  }

  /** Resolves once serialport has written these bytes and the OS has drained them (tcdrain). */
  write(data: Uint8Array): Promise<Result<void>> {
    const port = this.#port;
    if (this.state !== 'open' || !port) {
      return Promise.resolve(err(kioskError('device.disconnected', `${this.description}: write while ${this.state}`)));
    }
    return this.#pendingWrites.track((settle) => {
      const fail = (error: Error): void =>
        settle(err(kioskError('device.disconnected', `${this.description}: ${error.message}`, errorDetails(error))));
      // The write callback fires once the binding wrote this chunk (not just the first one queued);
      // drain() then waits for the OS to send it (tcdrain).
      port.write(Buffer.from(data), (error) => {
        if (error) return fail(error);
        port.drain((drainError) => (drainError ? fail(drainError) : settle(ok())));
      });
    });
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.#events.onData(listener);
  }

  onState(listener: (state: TransportState) => void): () => void {
    return this.#events.onState(listener);
  }
}

function closeQuietly(port: SerialPortLike): void {
  port.close(() => undefined);
}
