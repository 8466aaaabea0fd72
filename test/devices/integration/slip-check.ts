// Renders what the printer simulator kept and checks it the way a person holding the slip would:
// the text lines are there and inked, and the QR symbol on paper is the one for the payload.
import { expect } from 'vitest';
import { loadBundledFont } from '../../../devices/printer/font-glyphs.ts';
import { cachedGlyphs, type GlyphSource } from '../../../devices/printer/glyph-source.ts';
import { qrGenerator } from '../../../devices/printer/qr-generator.ts';
import { countDots, renderSlips, type RenderedSlip, type SlipRegion } from '../../../devices/printer/render.ts';
import type { PrinterProfile, Ticket } from '../../../devices/printer/types.ts';

let glyphs: GlyphSource | undefined;

/** The bundled 16x16 font alone, no tofu fallback: a character it lacks renders blank, and shows. */
function fontGlyphs(): GlyphSource {
  if (glyphs) return glyphs;
  const font = loadBundledFont();
  if (!font.ok) throw new Error(`bundled font: ${font.error.message}`);
  glyphs = cachedGlyphs(font.value);
  return glyphs;
}

export function renderOne(bytes: Uint8Array, profile: PrinterProfile): RenderedSlip {
  const slips = renderSlips(bytes, { dotsPerLine: profile.dotsPerLine, glyphs: fontGlyphs(), qrEncoder: qrGenerator, codePage: profile.codePage });
  expect(slips).toHaveLength(1);
  const [slip] = slips;
  if (!slip) throw new Error('no slip');
  return slip;
}

/** The text region whose line contains `text`, checked to carry ink. */
export function textRegion(slip: RenderedSlip, text: string): SlipRegion {
  const region = slip.regions.find((r) => r.kind === 'text' && r.text?.includes(text));
  expect(region, `a text line with "${text}"`).toBeDefined();
  if (!region) throw new Error(text);
  // Every non-space character leaves dots: at least a few per glyph.
  const glyphsInk = [...text].filter((c) => c.trim() !== '').length;
  expect(countDots(slip.image, region.x, region.y, region.width, region.height)).toBeGreaterThan(glyphsInk * 10);
  return region;
}

/** What a complete queue slip for `ticket` must show. */
export function expectCompleteSlip(slip: RenderedSlip, ticket: Ticket, moduleSize: number): void {
  const hall = textRegion(slip, ticket.hallName);
  const number = textRegion(slip, ticket.number);
  textRegion(slip, ticket.business);
  textRegion(slip, ticket.department);
  textRegion(slip, `您前面还有 ${ticket.waitingAhead} 人在等待`);
  textRegion(slip, '预计等待 约 12 分钟');
  textRegion(slip, '取号时间');
  textRegion(slip, '2026-11-24 09:05:07');
  const notice = textRegion(slip, '过号无效，请重新取号');
  // Order on paper: hall name, number, notice at the bottom.
  expect(hall.y).toBeLessThan(number.y);
  expect(number.y).toBeLessThan(notice.y);
  // The number is printed large (4 x 4 cells of 12 x 24 dots).
  expect(number.height).toBe(96);
  expectQr(slip, ticket.qrPayload, moduleSize);
}

/** The QR region carries the payload's bytes and its dots are the payload's symbol, module by module. */
export function expectQr(slip: RenderedSlip, payload: string, moduleSize: number): void {
  const qrs = slip.regions.filter((r) => r.kind === 'qr');
  expect(qrs).toHaveLength(1);
  const [qr] = qrs;
  if (!qr?.data) throw new Error('no QR data');
  const bytes = new TextEncoder().encode(payload);
  expect(Buffer.compare(qr.data, bytes)).toBe(0);
  expect(qr.placeholder).toBe(false);
  const matrix = qrGenerator(bytes, 'M');
  if (!matrix) throw new Error('payload does not fit a QR symbol');
  expect(qr.width).toBe(matrix.size * moduleSize);
  let mismatches = 0;
  let dark = 0;
  for (let r = 0; r < matrix.size; r++) {
    for (let c = 0; c < matrix.size; c++) {
      const x = qr.x + c * moduleSize;
      const y = qr.y + r * moduleSize;
      // A module is a solid square: all of it dark or none of it.
      const dots = countDots(slip.image, x, y, moduleSize, moduleSize);
      const want = matrix.isDark(r, c);
      if (dots !== (want ? moduleSize * moduleSize : 0)) mismatches++;
      if (want) dark++;
    }
  }
  expect(mismatches).toBe(0);
  expect(dark).toBeGreaterThan(matrix.size); // not an empty symbol
}
