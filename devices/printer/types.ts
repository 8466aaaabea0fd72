// Types shared by the printer's codecs, driver, simulator and renderer.

/** What the paper roll sensors say. */
export type PaperState = 'ok' | 'nearEnd' | 'out';

/**
 * One summary of a printer's state, most serious first when several hold:
 * coverOpen and paperOut name the cause, error is a mechanism/cutter error, offline is "not printing,
 * no reason given" (or not answering), paperNearEnd still prints. `unknown` until the first answer,
 * and for printers that answer no status request at all.
 */
export type PrinterState = 'ready' | 'paperNearEnd' | 'paperOut' | 'coverOpen' | 'offline' | 'error' | 'unknown';

export interface PrinterStatus {
  readonly state: PrinterState;
  readonly paper: PaperState;
  readonly coverOpen: boolean;
  readonly offline: boolean;
  readonly error: boolean;
}

export type Alignment = 'left' | 'center' | 'right';

/** QR error correction: L 7 %, M 15 %, Q 25 %, H 30 %. */
export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

export type CutKind = 'partial' | 'full' | 'none';

/** How a printer tells its status: DLE EOT n (Epson real-time), GS r 1 (paper sensor only), or not at all. */
export type StatusQuery = 'dleEot' | 'gsR' | 'none';

/** Text encoding of multi-byte characters in Chinese mode. */
export type CodePage = 'gb18030' | 'gbk';

/** A printer model's capabilities as data (profiles.ts holds the known ones). */
/** What a ticket printer driver tells (past tense, like every driver's events). */
export interface TicketPrinterEvents {
  readonly statusChanged: PrinterStatus;
}

export interface PrinterProfile {
  readonly id: string;
  readonly label: string;
  readonly paperWidthMm: 58 | 80;
  /** Printable dots per line at 8 dots/mm: 384 (58 mm) or 576 (80 mm). */
  readonly dotsPerLine: number;
  /** Font A (12 x 24 dots) columns; a CJK glyph takes two. */
  readonly columns: number;
  readonly qr: 'native' | 'raster';
  /** Dots per QR module. */
  readonly qrModuleSize: number;
  readonly cut: CutKind;
  /** Lines fed before the cut so the last printed line clears the cutter. */
  readonly feedBeforeCut: number;
  readonly codePage: CodePage;
  readonly statusQuery: StatusQuery;
}

/** A QR symbol as a square of modules; true is dark. Row-major, like qrcode-generator's isDark(row, col). */
export interface QrMatrix {
  readonly size: number;
  isDark(row: number, col: number): boolean;
}

/** Builds a QR symbol (byte mode) from data; a plug-in so the encoder needs no QR library itself. */
export type QrMatrixEncoder = (data: Uint8Array, level: QrErrorLevel) => QrMatrix | undefined;

/** A one-bit image: 1 is a dot (black). Row-major, width * height entries. */
export interface Bitmap {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** What a queue slip shows (DOMAIN.md section 3). */
export interface Ticket {
  readonly hallName: string;
  /** Area or floor, e.g. "一楼 A 区"; empty to leave out. */
  readonly hallArea: string;
  readonly department: string;
  readonly business: string;
  /** The queue number, e.g. "A023". */
  readonly number: string;
  /** People ahead; null when not known (a ticket numbered offline): the line is left out. */
  readonly waitingAhead: number | null;
  /** Estimated wait in minutes; null when there is no estimate. */
  readonly estimatedWaitMinutes: number | null;
  /** Time of issue, milliseconds since the epoch. */
  readonly issuedAt: number;
  /** For tracking the queue or rating on a phone; empty for none. */
  readonly qrPayload: string;
  /** E.g. "绿色通道", "网上预约"; null for an ordinary ticket. */
  readonly priorityLabel: string | null;
  /** Set for a reprint (补打): only the last 6 characters of the ID number are ever printed (null: an anonymous ticket). */
  readonly reprint: { readonly idTail: string | null } | null;
  /** Defaults to "过号无效，请重新取号". */
  readonly notice?: string;
}

export interface PrintJob {
  readonly id: string;
  readonly label: string;
  readonly bytes: Uint8Array;
}

export type JobState = 'printing' | 'printed' | 'failed';

export interface JobRecord extends PrintJob {
  readonly state: JobState;
  readonly attempts: number;
  /** Why the last attempt failed (an ErrorCode), null otherwise. */
  readonly failure: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}
