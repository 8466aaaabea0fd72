// What a TicketPrinter can be told at construction, and what a print job is made of.
import type { Clock } from '../../domain/clock.ts';
import type { ByteTransport } from '../transports/transport.ts';
import type { PrinterProfile, QrMatrixEncoder } from './types.ts';

export interface TicketPrinterOptions {
  readonly transport: ByteTransport;
  readonly clock: Clock;
  readonly profile: PrinterProfile;
  /** Pause between status polls. Default 2000 ms. null: no polling (status only around jobs). */
  readonly pollIntervalMs?: number | null;
  /** How long to wait for one status answer byte. Default 500 ms. */
  readonly answerTimeoutMs?: number;
  /** Status queries that fail in a row before the status turns offline. Default 2. */
  readonly offlineAfterFailures?: number;
  /** Bytes written between two status checks during a job. Default 256. */
  readonly chunkBytes?: number;
  /**
   * Wait after the last chunk before the final status check. A real printer answers DLE EOT at
   * once, while still printing its buffer: give it the time a slip takes (about 1500 ms) to learn
   * whether the paper lasted. Default 0 (the simulator prints as it receives).
   */
  readonly settleMs?: number;
  /** Jobs kept for reprint; printed ones are dropped first. Default 20. */
  readonly keepJobs?: number;
  /** The hall's time zone (IANA), for the times printed on slips. Default Asia/Shanghai. */
  readonly timeZone?: string;
  /** For profiles that print QR as a raster image. */
  readonly qrEncoder?: QrMatrixEncoder;
  readonly nextJobId?: () => string;
  /** Told about bugs (a listener that threw). Default: rethrown asynchronously. */
  readonly onBug?: (error: unknown) => void;
  /**
   * Whether a poll may open a closed transport. Default true. false: the transport reopens itself (a
   * ReconnectingTransport with its own backoff, which a poll would cut short); the printer asks its
   * status as soon as the transport reports open again.
   */
  readonly reopen?: boolean;
}

export interface JobInput {
  readonly id?: string;
  readonly label: string;
  readonly bytes: Uint8Array;
}
