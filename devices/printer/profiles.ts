// Printer models as data: a config names one by id (devices[].model). Add a model here, not a branch
// in code. Columns are font A (12 x 24 dots): dots per line / 12.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { PrinterProfile } from './types.ts';

export const printerProfiles = {
  /** Typical 80 mm kiosk printer: native QR, partial cut, answers DLE EOT. */
  'generic-80': {
    id: 'generic-80',
    label: '80 mm thermal, native QR',
    paperWidthMm: 80,
    dotsPerLine: 576,
    columns: 48,
    qr: 'native',
    qrModuleSize: 6,
    cut: 'partial',
    feedBeforeCut: 4,
    codePage: 'gb18030',
    statusQuery: 'dleEot',
  },
  /** Typical 58 mm printer: native QR, answers DLE EOT. */
  'generic-58': {
    id: 'generic-58',
    label: '58 mm thermal, native QR',
    paperWidthMm: 58,
    dotsPerLine: 384,
    columns: 32,
    qr: 'native',
    qrModuleSize: 5,
    cut: 'partial',
    feedBeforeCut: 4,
    codePage: 'gb18030',
    statusQuery: 'dleEot',
  },
  /** Cheap 58 mm module without QR firmware and without a cutter: QR goes as a raster image. */
  'basic-58-raster': {
    id: 'basic-58-raster',
    label: '58 mm thermal, raster QR, tear-off',
    paperWidthMm: 58,
    dotsPerLine: 384,
    columns: 32,
    qr: 'raster',
    qrModuleSize: 5,
    cut: 'none',
    feedBeforeCut: 3,
    codePage: 'gbk',
    statusQuery: 'gsR',
  },
  /** 80 mm printer that only answers GS r 1 (paper sensors) and only does a full cut. */
  'paper-sensor-80': {
    id: 'paper-sensor-80',
    label: '80 mm thermal, GS r status, full cut',
    paperWidthMm: 80,
    dotsPerLine: 576,
    columns: 48,
    qr: 'native',
    qrModuleSize: 6,
    cut: 'full',
    feedBeforeCut: 5,
    codePage: 'gb18030',
    statusQuery: 'gsR',
  },
} as const satisfies Record<string, PrinterProfile>;

export type PrinterProfileId = keyof typeof printerProfiles;

export function findPrinterProfile(id: string): Result<PrinterProfile> {
  const profile = Object.hasOwn(printerProfiles, id) ? (printerProfiles as Record<string, PrinterProfile>)[id] : undefined;
  if (profile === undefined) {
    return err(kioskError('device.notConfigured', `unknown printer profile "${id}"`, { known: Object.keys(printerProfiles) }));
  }
  return ok(profile);
}
