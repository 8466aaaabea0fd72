// The document model the A4 printer lays out, the positioned page it becomes, and the status of an
// OS print queue. Pure data: no PDF library, no font, no process.

/** One piece of a document, laid out top to bottom. Text is plain (no markup); `\n` starts a new line. */
export type Block =
  /** A section title (bold), kept on the same page as the first line that follows it. */
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly small?: boolean }
  /** A two-column label/value table (key-value). */
  | { readonly kind: 'fields'; readonly rows: readonly FieldRow[] }
  /** A table with a header row, repeated on every page the table runs over. */
  | { readonly kind: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly string[])[] }
  /** Lines to sign on: "申请人（签字）：" followed by blank space. */
  | { readonly kind: 'signature'; readonly labels: readonly string[] }
  /**
   * A bordered grid of cells over weighted columns (a government form's table): a cell spans
   * columns, is shaded (labels) or not (values), keeps room to write by hand (`minLines`). A row is
   * kept on one page when it fits there; a `keepWithNext` row (a section's title) never ends a page.
   * "☐" and "☑" in a cell's text are drawn as tick boxes (no CJK font is sure to have them).
   */
  | { readonly kind: 'grid'; readonly columns: readonly number[]; readonly rows: readonly GridRow[] }
  /** Lines each after a tick box (a materials checklist), wrapped under their own start. */
  | { readonly kind: 'checklist'; readonly items: readonly ChecklistItem[] }
  /** The declaration and who signs it: drawn strokes scaled into a box, or a line to sign on; the date. */
  | { readonly kind: 'signatures'; readonly declaration?: string; readonly signers: readonly Signer[] };

export interface GridCell {
  readonly text: string;
  /** Columns taken (1 if absent). */
  readonly span?: number;
  readonly shaded?: boolean;
  readonly bold?: boolean;
  /** Minimum text lines: room to write by hand. */
  readonly minLines?: number;
}

export interface GridRow {
  readonly cells: readonly GridCell[];
  readonly keepWithNext?: boolean;
}

export interface ChecklistItem {
  readonly text: string;
  readonly checked: boolean;
}

/** A signature as drawn on a pad: strokes of points in the pad's units (origin top left). */
export interface SignatureStrokes {
  readonly width: number;
  readonly height: number;
  readonly strokes: readonly (readonly (readonly [number, number])[])[];
}

export interface Signer {
  /** "申请人（签字）". */
  readonly label: string;
  /** Drawn into the signature box; null leaves a line to sign on. */
  readonly strokes: SignatureStrokes | null;
  /** "2026 年 12 月 07 日"; null prints "年 月 日" with room to write. */
  readonly date: { readonly year: string; readonly month: string; readonly day: string } | null;
}

/** A QR symbol as rows of modules (true: dark), drawn as filled squares. */
export interface QrModules {
  readonly rows: readonly (readonly boolean[])[];
  /** Small text under the symbol. */
  readonly caption?: string;
}

export interface FieldRow {
  readonly label: string;
  readonly value: string;
  /** Minimum value lines: room to write by hand when the value is blank. */
  readonly minLines?: number;
}

export interface TableColumn {
  readonly title: string;
  /** Share of the table width (relative to the other columns). */
  readonly weight: number;
}

export interface PrintDocument {
  /** Shown in the header beside the hall name, and used for the PDF title. */
  readonly kind: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly blocks: readonly Block[];
  /** Drawn at the top right of the first page, beside the title. */
  readonly qr?: QrModules;
  /** Printed after the kind in every page's header (an application's 申请编号); no personal data. */
  readonly reference?: string;
  /** A framed word at the top left of the first page: 空白表, 样表. */
  readonly stamp?: string;
  /**
   * masked (default): any ID number in any text is printed masked (guide and case sheets go home
   * with anyone). full: printed as written: an application is the applicant's own form, checked
   * against the card at the window.
   */
  readonly idNumbers?: 'masked' | 'full';
}

/** What frames every page: the header and the footer. */
export interface PageFrame {
  readonly hallName: string;
  /** Already formatted in the hall's time zone, e.g. "2025-03-14 09:30". */
  readonly printedAt: string;
}

export type FontWeight = 'regular' | 'bold';

/** Width of a text run in points, at a size in points. */
export interface TextMeasure {
  width(text: string, size: number, weight: FontWeight): number;
}

/**
 * A drawing operation on a page. Coordinates in points from the TOP-left corner of the page (y grows
 * downwards); `y` of a text run is its baseline.
 */
export type DrawOp =
  | { readonly op: 'text'; readonly text: string; readonly x: number; readonly y: number; readonly size: number; readonly weight: FontWeight }
  | { readonly op: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly thickness: number }
  /** A filled rectangle (table header shading), grey level 0 (black) .. 1 (white). */
  | { readonly op: 'fill'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly gray: number }
  /** The outline of a rectangle (tick boxes, the stamp's frame); `y` is the top edge. */
  | { readonly op: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly thickness: number }
  /** Connected segments with round joins and caps (signature strokes, tick marks). */
  | { readonly op: 'polyline'; readonly points: readonly (readonly [number, number])[]; readonly thickness: number };

export interface LaidOutPage {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly DrawOp[];
}

// ---------------------------------------------------------------------------------------------------
// OS print queue (CUPS)
// ---------------------------------------------------------------------------------------------------

/**
 * What a kiosk needs to know of an A4 printer, worst first when several apply: the queue is missing
 * or refuses jobs, the printer is stopped, needs paper/toner/a closed cover, jammed, offline.
 */
export type DocumentPrinterCondition =
  | 'ready'
  | 'printing'
  | 'paperOut'
  | 'paperJam'
  | 'coverOpen'
  | 'tonerOut'
  | 'offline'
  | 'stopped'
  | 'rejecting';

export interface DocumentPrinterStatus {
  readonly printer: string;
  readonly condition: DocumentPrinterCondition;
  /** CUPS printer-state. */
  readonly state: 'idle' | 'processing' | 'stopped';
  readonly accepting: boolean;
  /** printer-state-reasons as lpstat shows them ("media-empty-error", "offline-report"...). */
  readonly reasons: readonly string[];
  /** printer-state-message, e.g. "The printer is offline."; null when none. */
  readonly message: string | null;
}

export interface PrintJobOptions {
  /** Job title shown in the queue. Never personal data: the kiosk names the document kind. */
  readonly title: string;
  readonly copies?: number;
}

export interface PrintReceipt {
  /** "HallA4-42" as lp reports it; null when lp printed nothing (some builds with -s). */
  readonly jobId: string | null;
}
