// What a serial QR/barcode scanner driver offers: `scanned` events with the code and what it
// probably is, status changes and faults. Data only.
import type { KioskError } from '../../domain/errors.ts';
import type { Result } from '../../domain/result.ts';
import type { Classification } from './classify-code.ts';

export type { Classification, CodeKind } from './classify-code.ts';

export type ScannerStatus = 'stopped' | 'ready' | 'disconnected';

export interface ScannerEvents {
  /**
   * A code was read. `code` is the full text: it may be an ID number, so never log it; log
   * `classification` (an ID number is masked there).
   */
  readonly scanned: { readonly code: string; readonly classification: Classification; readonly at: number };
  readonly statusChanged: { readonly status: ScannerStatus };
  /** Something arrived that was not a usable code (too long, control bytes, bad charset, cut off). */
  readonly faulted: { readonly error: KioskError };
}

export type ScannerEventName = keyof ScannerEvents;

export interface Scanner {
  readonly status: ScannerStatus;
  start(): Promise<Result<void>>;
  stop(): Promise<void>;
  on<E extends ScannerEventName>(event: E, listener: (payload: ScannerEvents[E]) => void): () => void;
}
