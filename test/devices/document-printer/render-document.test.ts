import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { caseProgressSheet } from '../../../devices/document-printer/case-progress-sheet.ts';
import type { FoundFonts } from '../../../devices/document-printer/fonts.ts';
import type { PdfEngine } from '../../../devices/document-printer/pdf-lib-surface.ts';
import type { PdfInfo, PdfSurface } from '../../../devices/document-printer/pdf-surface.ts';
import { DocumentRenderer } from '../../../devices/document-printer/render-document.ts';
import { fixedMeasure, frame, longCase, sampleCase } from './fixtures.ts';

const engine = { pdfLib: {}, fontkit: {} } as unknown as PdfEngine;
const found: FoundFonts = { family: 'Test Sans', fonts: { regular: { source: 'test.ttf', bytes: new Uint8Array([1]) } } };
const createdAt = new Date(Date.UTC(2025, 2, 14, 1, 30));

/** Records what is drawn; save() returns a fixed byte string. */
function recordingSurface(onSave: (info: PdfInfo) => Uint8Array = () => new TextEncoder().encode('%PDF-fake')) {
  const calls: string[] = [];
  const surface: PdfSurface = {
    width: fixedMeasure.width,
    addPage: (w, h) => calls.push(`page ${Math.round(w)}x${Math.round(h)}`),
    drawText: (text) => calls.push(`text ${text}`),
    drawLine: () => calls.push('line'),
    fillRect: () => calls.push('fill'),
    strokeRect: () => calls.push('rect'),
    drawPolyline: () => calls.push('polyline'),
    save: async (info) => onSave(info),
  };
  return { surface, calls };
}

describe('DocumentRenderer', () => {
  it('lays out with the surface’s widths, draws every page and saves with the document’s info', async () => {
    const { surface, calls } = recordingSurface((info) => new TextEncoder().encode(JSON.stringify(info)));
    let fontLookups = 0;
    const renderer = new DocumentRenderer({
      engine: async () => ok(engine),
      fonts: () => (fontLookups++, ok(found)),
      surface: async (e, f) => (expect([e, f]).toEqual([engine, found]), surface),
      creator: 'hall-terminal test',
    });
    const r = await renderer.render(caseProgressSheet(longCase(30)), frame, createdAt);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.fontFamily).toBe('Test Sans');
    expect(calls.filter((c) => c.startsWith('page'))).toEqual(r.value.pages.map(() => 'page 595x842'));
    expect(calls).toContain('text 办件进度查询单');
    expect(calls).toContain(`text 第 2 页 / 共 ${r.value.pages.length} 页`);
    expect(JSON.parse(new TextDecoder().decode(r.value.pdf))).toEqual({ title: '办件进度查询单', subject: '办件进度', creator: 'hall-terminal test', createdAt: createdAt.toISOString() });
    await renderer.render(caseProgressSheet(sampleCase()), frame, createdAt);
    expect(fontLookups).toBe(1);
  });

  it('passes on a missing engine or font without going further', async () => {
    const missingEngine = new DocumentRenderer({
      engine: async () => err(kioskError('document.engineMissing', 'no pdf-lib')),
      fonts: () => {
        throw new Error('fonts looked up');
      },
    });
    const a = await missingEngine.render(caseProgressSheet(sampleCase()), frame, createdAt);
    expect(a.ok ? 'rendered' : a.error.code).toBe('document.engineMissing');
    const missingFont = new DocumentRenderer({ engine: async () => ok(engine), fonts: () => err(kioskError('document.fontMissing', 'none')) });
    const b = await missingFont.render(caseProgressSheet(sampleCase()), frame, createdAt);
    expect(b.ok ? 'rendered' : b.error.code).toBe('document.fontMissing');
  });

  it('turns a font the engine cannot embed, and a failed save, into typed errors', async () => {
    const unembeddable = new DocumentRenderer({
      engine: async () => ok(engine),
      fonts: () => ok(found),
      surface: async () => {
        throw new Error('font collection has none of the faces X');
      },
    });
    const a = await unembeddable.render(caseProgressSheet(sampleCase()), frame, createdAt);
    expect(a.ok ? 'rendered' : [a.error.code, a.error.message]).toEqual(['document.fontMissing', 'cannot embed Test Sans: font collection has none of the faces X']);
    const { surface } = recordingSurface(() => {
      throw new Error('disk full');
    });
    const failing = new DocumentRenderer({ engine: async () => ok(engine), fonts: () => ok(found), surface: async () => surface });
    const b = await failing.render(caseProgressSheet(sampleCase()), frame, createdAt);
    expect(b.ok ? 'rendered' : b.error.code).toBe('document.renderFailed');
  });

  it('refuses a document over the page limit before drawing anything', async () => {
    const { surface, calls } = recordingSurface();
    const renderer = new DocumentRenderer({ engine: async () => ok(engine), fonts: () => ok(found), surface: async () => surface });
    const r = await renderer.render(caseProgressSheet(longCase(1500)), frame, createdAt);
    expect(r.ok ? 'rendered' : r.error.code).toBe('document.invalid');
    expect(calls).toEqual([]);
  });
});
