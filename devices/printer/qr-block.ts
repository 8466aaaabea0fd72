// A QR code with its caption on a slip, native (GS ( k) or as a raster image, whichever the profile
// prints; shared by every slip that carries a link (the queue ticket, the guide checklist). What
// cannot be printed is left off with a warning, never failing the slip.
import { qrByteCapacity, type EscPosEncoder } from './escpos.codec.ts';
import type { PrinterProfile, QrErrorLevel, QrMatrixEncoder } from './types.ts';

export interface QrBlockOptions {
  /** Needed only for profiles without native QR: builds the symbol that goes as a raster image. */
  readonly qrEncoder?: QrMatrixEncoder | undefined;
  readonly qrLevel?: QrErrorLevel | undefined;
}

/** Appends the QR of `text` and its caption line; pushes a warning instead when it cannot print. */
export function appendQr(e: EscPosEncoder, text: string, caption: string, profile: PrinterProfile, options: QrBlockOptions, warnings: string[]): void {
  const level = options.qrLevel ?? 'M';
  const payload = new TextEncoder().encode(text);
  if (payload.length > qrByteCapacity[level]) {
    warnings.push(`QR left off: ${payload.length} bytes do not fit a level ${level} symbol`);
  } else if (profile.qr === 'native') {
    e.newline().qrNative(payload, { moduleSize: profile.qrModuleSize, level }).newline().line(caption);
  } else {
    const matrix = options.qrEncoder?.(payload, level);
    // Shrink the modules until the symbol and its quiet zone (2 modules a side) fit the paper.
    const moduleSize = matrix === undefined ? 0 : Math.min(profile.qrModuleSize, Math.floor(profile.dotsPerLine / (matrix.size + 4)));
    if (matrix === undefined) warnings.push('QR left off: the profile needs a raster QR and no QR encoder is plugged in');
    else if (moduleSize < 1) warnings.push(`QR left off: a ${matrix.size}-module symbol does not fit the paper`);
    else e.newline().qrRaster(matrix, moduleSize, 2).line(caption);
  }
}
