// The QR matrix for printers without native QR (raster fallback) and for drawing native QR in the
// renderer: qrcode-generator, bytes encoded as they are (byte mode).
import qrcode from 'qrcode-generator';
import type { QrMatrixEncoder } from './types.ts';

export const qrGenerator: QrMatrixEncoder = (data, level) => {
  try {
    const qr = qrcode(0, level);
    qr.addData(Array.from(data, (b) => String.fromCharCode(b)).join(''), 'Byte');
    qr.make(); // throws when the data does not fit version 40
    return { size: qr.getModuleCount(), isDark: (r, c) => qr.isDark(r, c) };
  } catch {
    return undefined;
  }
};
