// What the core knows of any device: its config, how it is reached, what its simulator can be told
// to do (developer page), and start/stop. Each kind adds its own domain interface.
import type { DeviceState } from '../../../domain/terminal.ts';
import type { Result } from '../../../domain/result.ts';
import type { DeviceConfig } from '../../../config/schema/index.ts';

export interface SimulatorAction {
  readonly id: string;
  readonly label: string;
}

export type StatusReport = (state: DeviceState, detail: string | null) => void;

export interface ManagedDevice {
  readonly config: DeviceConfig;
  readonly description: string;
  /** Empty for a real device. */
  readonly actions: readonly SimulatorAction[];
  start(): Promise<void>;
  stop(): Promise<void>;
  simulate(actionId: string): Promise<Result<void>>;
  /** Exercises the device for real; says what it did. */
  selfTest(): Promise<Result<string>>;
}
