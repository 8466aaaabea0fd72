// Two linked in-memory transports: what one end writes, the other reads. Delivery is asynchronous
// (a microtask), like real I/O. `unplug()` drops both ends as a pulled USB cable would.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { ByteTransport, TransportState } from './transport.ts';

class MemoryEnd implements ByteTransport {
  readonly description: string;
  state: TransportState = 'closed';
  peer!: MemoryEnd;
  plugged = true;
  readonly #data = new Set<(chunk: Uint8Array) => void>();
  readonly #state = new Set<(s: TransportState) => void>();

  constructor(description: string) {
    this.description = description;
  }

  async open(): Promise<Result<void>> {
    if (!this.plugged) return err(kioskError('device.disconnected', `${this.description}: not plugged in`));
    this.setState('open');
    return ok();
  }

  async close(): Promise<void> {
    if (this.state !== 'closed') this.setState('closed');
  }

  async write(data: Uint8Array): Promise<Result<void>> {
    if (this.state !== 'open') return err(kioskError('device.disconnected', `${this.description}: write while ${this.state}`));
    const copy = data.slice();
    const peer = this.peer;
    queueMicrotask(() => {
      if (peer.state === 'open') for (const l of [...peer.#data]) l(copy);
    });
    return ok();
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.#data.add(listener);
    return () => this.#data.delete(listener);
  }

  onState(listener: (s: TransportState) => void): () => void {
    this.#state.add(listener);
    return () => this.#state.delete(listener);
  }

  setState(s: TransportState): void {
    this.state = s;
    for (const l of [...this.#state]) l(s);
  }
}

export interface MemoryLink {
  /** The end a driver uses. */
  readonly host: ByteTransport;
  /** The end a simulator uses. */
  readonly device: ByteTransport;
  /** Both ends see a disconnect; opening fails until `plug()`. */
  unplug(): void;
  plug(): void;
}

export function createMemoryLink(description = 'memory'): MemoryLink {
  const host = new MemoryEnd(description);
  const device = new MemoryEnd(`${description} (device side)`);
  host.peer = device;
  device.peer = host;
  return {
    host,
    device,
    unplug() {
      for (const end of [host, device]) {
        end.plugged = false;
        if (end.state === 'open') end.setState('disconnected');
      }
    },
    plug() {
      host.plugged = true;
      device.plugged = true;
    },
  };
}
