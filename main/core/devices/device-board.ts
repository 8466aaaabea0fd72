// The status of every configured device, as drivers report it. Drivers (devices/) know nothing of the
// core; the device registry translates their status events into `update` calls here.
import type { Clock } from '../../../domain/clock.ts';
import type { DeviceState, DeviceStatus } from '../../../domain/terminal.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';

export class DeviceBoard {
  readonly #clock: Clock;
  readonly #devices = new Map<string, DeviceStatus>();
  readonly #listeners = new Set<(devices: DeviceStatus[]) => void>();

  constructor(clock: Clock, devices: readonly DeviceConfig[]) {
    this.#clock = clock;
    for (const d of devices) {
      this.#devices.set(d.id, {
        id: d.id,
        kind: d.kind,
        label: d.label,
        simulated: d.connection.type === 'simulated',
        state: 'connecting',
        detail: null,
        since: this.#iso(),
      });
    }
  }

  list(): DeviceStatus[] {
    return [...this.#devices.values()];
  }

  get(id: string): DeviceStatus | undefined {
    return this.#devices.get(id);
  }

  /** Records a device's state; unknown ids are a bug in the caller. Listeners hear only real changes. */
  update(id: string, state: DeviceState, detail: string | null = null): void {
    const current = this.#devices.get(id);
    if (!current) throw new Error(`device board: no device "${id}"`);
    if (current.state === state && current.detail === detail) return;
    this.#devices.set(id, { ...current, state, detail, since: this.#iso() });
    const all = this.list();
    for (const l of [...this.#listeners]) l(all);
  }

  onChange(listener: (devices: DeviceStatus[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #iso(): string {
    return new Date(this.#clock.now()).toISOString();
  }
}
