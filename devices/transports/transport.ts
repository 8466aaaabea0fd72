// A byte transport: what every driver and every simulator talks through. Drivers never open ports
// themselves (DESIGN.md convention 3); the device registry builds a transport from config and hands
// it over. Serial, HID, TCP and the in-memory pair all implement this.
import type { Result } from '../../domain/result.ts';

export type TransportState = 'closed' | 'opening' | 'open' | 'disconnected';

export interface ByteTransport {
  /** Human-readable: "serial /dev/ttyUSB0 @115200", "tcp 10.0.0.5:9100", "memory". */
  readonly description: string;
  readonly state: TransportState;
  /** Opens the device; `device.disconnected` when it is not there. */
  open(): Promise<Result<void>>;
  close(): Promise<void>;
  /** Resolves once the bytes are handed to the OS (drained); `device.disconnected` if not open. */
  write(data: Uint8Array): Promise<Result<void>>;
  /** Bytes as they arrive, in arbitrary chunks. Returns an unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  onState(listener: (state: TransportState) => void): () => void;
}
