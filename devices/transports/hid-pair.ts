// A USB HID device in memory: `open` hands the host a node-hid-shaped device object (what
// HidTransport takes in place of node-hid's HIDAsync), `peer` is the device's side, which a
// simulator drives: input reports out, output reports in, unplug and plug back. Each open makes a
// fresh device object, as node-hid does; an unplugged pair cannot be opened until plugged back.
import { err, ok } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { HidDeviceLike, HidOpener } from './hid.ts';

export interface HidPeer {
  readonly description: string;
  /** True while the (simulated) cable is in. */
  readonly plugged: boolean;
  /** Sends one input report to the host, as the device would; false when nobody has the device open. */
  sendReport(report: Uint8Array | readonly number[]): boolean;
  /** Told of each output report the host writes (report id first, as node-hid writes it). */
  onOutputReport(listener: (report: Uint8Array) => void): () => void;
  /** The cable is pulled: the open device object reports a read error and is dead. */
  unplug(): void;
  plug(): void;
}

export interface HidPair {
  readonly open: HidOpener;
  readonly peer: HidPeer;
}

class MemoryHidDevice implements HidDeviceLike {
  readonly #data = new Set<(report: Buffer) => void>();
  readonly #error = new Set<(error: Error) => void>();
  readonly #written: (report: Uint8Array) => void;
  dead = false;

  constructor(written: (report: Uint8Array) => void) {
    this.#written = written;
  }

  write(report: Buffer): number {
    if (this.dead) throw new Error('Cannot write to hid device');
    this.#written(Uint8Array.from(report));
    return report.length;
  }

  on(event: 'data', listener: (report: Buffer) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'data' | 'error', listener: ((report: Buffer) => void) | ((error: Error) => void)): this {
    if (event === 'data') this.#data.add(listener as (report: Buffer) => void);
    else this.#error.add(listener as (error: Error) => void);
    return this;
  }

  close(): void {
    this.dead = true;
    this.#data.clear();
    this.#error.clear();
  }

  receive(report: Uint8Array): boolean {
    if (this.dead || this.#data.size === 0) return false;
    const buffer = Buffer.from(report);
    for (const l of [...this.#data]) l(buffer);
    return true;
  }

  fail(): void {
    if (this.dead) return;
    const listeners = [...this.#error];
    this.close();
    for (const l of listeners) l(new Error('could not read from HID device'));
  }
}

export function createHidPair(description = 'simulated hid'): HidPair {
  let current: MemoryHidDevice | null = null;
  let plugged = true;
  const outputListeners = new Set<(report: Uint8Array) => void>();
  const peer: HidPeer = {
    description,
    get plugged() {
      return plugged;
    },
    sendReport(report) {
      return current?.receive(Uint8Array.from(report)) ?? false;
    },
    onOutputReport(listener) {
      outputListeners.add(listener);
      return () => outputListeners.delete(listener);
    },
    unplug() {
      plugged = false;
      current?.fail();
      current = null;
    },
    plug() {
      plugged = true;
    },
  };
  const open: HidOpener = async () => {
    if (!plugged) return err(kioskError('device.disconnected', `${description}: not plugged in`));
    current?.close();
    const device = new MemoryHidDevice((report) => outputListeners.forEach((l) => l(report)));
    current = device;
    return ok(device);
  };
  return { open, peer };
}
