// A network printer's raw port (JetDirect, TCP 9100) through node:net. A connect that is neither
// accepted nor refused (a printer switched off behind a switch) ends after `connectTimeoutMs` on the
// injected clock; an established connection that the printer drops reads as 'disconnected'.
import { connect, type Socket } from 'node:net';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { systemClock, type Clock } from '../../domain/clock.ts';
import type { ByteTransport, TransportState } from './transport.ts';
import { errorDetails, PendingWrites, TransportEvents } from './transport-events.ts';

export interface TcpTransportOptions {
  readonly host: string;
  /** Default 9100 (raw printing). */
  readonly port?: number;
  /** Default 3000 ms. */
  readonly connectTimeoutMs?: number;
  /** How long close() waits for queued bytes to leave before dropping the socket; default 1000 ms. */
  readonly closeTimeoutMs?: number;
  readonly clock?: Clock;
  /** Default: node:net connect. Injectable for tests (e.g. a socket that never connects). */
  readonly connect?: (options: { host: string; port: number }) => Socket;
}

export const defaultPrinterPort = 9100;

export class TcpTransport implements ByteTransport {
  readonly description: string;
  readonly #events = new TransportEvents();
  readonly #host: string;
  readonly #port: number;
  readonly #connectTimeoutMs: number;
  readonly #closeTimeoutMs: number;
  readonly #clock: Clock;
  readonly #connect: (options: { host: string; port: number }) => Socket;
  #socket: Socket | undefined;
  #session = 0;
  /** Ends a connect in progress (close() during open). */
  #cancelConnect: (() => void) | undefined;
  readonly #pendingWrites = new PendingWrites();

  constructor(options: TcpTransportOptions) {
    this.#host = options.host;
    this.#port = options.port ?? defaultPrinterPort;
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 3000;
    this.#closeTimeoutMs = options.closeTimeoutMs ?? 1000;
    this.#clock = options.clock ?? systemClock;
    this.#connect = options.connect ?? ((o) => connect(o));
    this.description = `tcp ${this.#host}:${this.#port}`;
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
    let socket: Socket;
    try {
      socket = this.#connect({ host: this.#host, port: this.#port });
    } catch (error) {
      // net.connect throws synchronously on an invalid port number.
      if (session === this.#session) this.#events.setState('closed');
      return err(kioskError('device.notConfigured', `${this.description}: ${errorDetails(error).message}`, errorDetails(error)));
    }
    const outcome = await new Promise<Result<void>>((resolve) => {
      this.#cancelConnect = () => {
        this.#clock.clearTimeout(timer);
        resolve(err(kioskError('device.disconnected', `${this.description}: closed while opening`)));
      };
      const timer = this.#clock.setTimeout(() => {
        resolve(err(kioskError('device.timeout', `${this.description}: no answer within ${this.#connectTimeoutMs} ms`)));
      }, this.#connectTimeoutMs);
      socket.once('connect', () => {
        this.#clock.clearTimeout(timer);
        resolve(ok());
      });
      socket.once('error', (error) => {
        this.#clock.clearTimeout(timer);
        resolve(err(kioskError('device.disconnected', `${this.description}: ${error.message}`, errorDetails(error))));
      });
    });
    this.#cancelConnect = undefined;
    if (session !== this.#session || !outcome.ok) {
      socket.on('error', () => undefined);
      socket.destroy();
      if (session !== this.#session) return err(kioskError('device.disconnected', `${this.description}: closed while opening`));
      this.#events.setState('closed');
      return outcome;
    }
    socket.setNoDelay(true);
    // Keep-alive probes find a printer that vanished without a FIN (power cut, cable pulled).
    socket.setKeepAlive(true, 5000);
    socket.on('data', (chunk: Buffer) => {
      if (session === this.#session) this.#events.emitData(chunk);
    });
    socket.on('error', (error) => this.#lost(session, socket, error.message));
    socket.on('close', () => this.#lost(session, socket, 'connection closed'));
    // The printer closed its side: we cannot print any more, so end ours too ('close' follows).
    socket.on('end', () => this.#lost(session, socket, 'connection closed by the device'));
    this.#socket = socket;
    this.#events.setState('open');
    return ok();
  }

  #lost(session: number, socket: Socket, reason: string): void {
    if (session !== this.#session || this.#socket !== socket) return;
    this.#socket = undefined;
    this.#session++;
    this.#pendingWrites.settleAll(err(kioskError('device.disconnected', `${this.description}: ${reason}`)));
    socket.destroy();
    this.#events.setState('disconnected');
  }

  async close(): Promise<void> {
    const socket = this.#socket;
    this.#session++;
    this.#socket = undefined;
    this.#events.forgetOpening();
    this.#cancelConnect?.();
    this.#pendingWrites.settleAll(err(kioskError('device.disconnected', `${this.description}: closed`)));
    if (this.state === 'closed') return;
    if (socket && !socket.destroyed) {
      await new Promise<void>((resolve) => {
        const timer = this.#clock.setTimeout(() => socket.destroy(), this.#closeTimeoutMs);
        socket.once('close', () => {
          this.#clock.clearTimeout(timer);
          resolve();
        });
        // A FIN after the queued bytes, then the socket is released.
        socket.end(() => socket.destroy());
      });
    }
    this.#events.setState('closed');
  }

  /** Resolves once the bytes are handed to the kernel's socket buffer. */
  write(data: Uint8Array): Promise<Result<void>> {
    const socket = this.#socket;
    if (this.state !== 'open' || !socket) {
      return Promise.resolve(err(kioskError('device.disconnected', `${this.description}: write while ${this.state}`)));
    }
    return this.#pendingWrites.track((settle) => {
      socket.write(Buffer.from(data), (error) =>
        settle(error ? err(kioskError('device.disconnected', `${this.description}: ${error.message}`, errorDetails(error))) : ok()),
      );
    });
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.#events.onData(listener);
  }

  onState(listener: (state: TransportState) => void): () => void {
    return this.#events.onState(listener);
  }
}
