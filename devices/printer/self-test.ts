// The self-test slip: what a technician checks after installing a printer. Profile, a column ruler
// (does the paper width match the profile?), Chinese text (is Chinese mode and the code page right?),
// the sizes, bold, inverse, a QR code, and the cut.
import type { Result } from '../../domain/result.ts';
import { EscPosEncoder } from './escpos.codec.ts';
import { formatHallTime } from '../../domain/hall-time.ts';
import type { PrinterProfile, QrMatrixEncoder } from './types.ts';

export const selfTestChinese = '中文测试：身份证 排队取号 过号无效';

export function encodeSelfTest(profile: PrinterProfile, now: number, timeZone: string, qrEncoder?: QrMatrixEncoder): Result<Uint8Array> {
  const cols = profile.columns;
  const ruler = Array.from({ length: cols }, (_, i) => String((i + 1) % 10)).join('');
  const e = new EscPosEncoder({ codePage: profile.codePage, dotsPerLine: profile.dotsPerLine });
  e.init().defaultLineSpacing().chinese(true).align('center');
  e.bold(true).size(2, 2).line('打印机自检').size(1, 1).bold(false);
  e.line(`${profile.label}`).line(`${profile.id} · ${profile.paperWidthMm} mm · ${profile.columns} 列`);
  e.line(formatHallTime(now, timeZone, { seconds: true })).newline();
  e.align('left').line(ruler).line('一二三四五六七八九十'.repeat(Math.ceil(cols / 20)).slice(0, cols / 2));
  e.line(selfTestChinese).line('ASCII 0123456789 abcdefghijklmnopqrstuvwxyz');
  e.bold(true).line('粗体 Bold').bold(false).invert(true).line(' 反白 Inverse ').invert(false);
  e.size(2, 2).line('倍宽倍高 2x').size(3, 3).line('3x').size(1, 1);
  e.align('center').newline();
  const payload = `selftest:${profile.id}`;
  if (profile.qr === 'native') e.qrNative(payload, { moduleSize: profile.qrModuleSize, level: 'M' }).newline();
  else {
    const matrix = qrEncoder?.(new TextEncoder().encode(payload), 'M');
    if (matrix === undefined) e.line('(无二维码编码器)');
    else e.qrRaster(matrix, profile.qrModuleSize);
  }
  e.line(payload).cut(profile.cut, profile.feedBeforeCut);
  return e.build();
}
