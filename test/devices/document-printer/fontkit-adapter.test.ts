import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fontkitForPdfLib } from '../../../devices/document-printer/fontkit-adapter.ts';
import { loadPdfEngine } from '../../../devices/document-printer/pdf-engine.ts';

/** A stand-in for a fontkit 2 font: createSubset() returns a subset with encode() only. */
function fakeFont(postscriptName: string, bytes: number[]) {
  return {
    postscriptName,
    createSubset: () => ({ includeGlyph: () => 1, encode: () => Uint8Array.from(bytes) }),
  };
}

function fakeFontkit(result: unknown) {
  const calls: unknown[][] = [];
  return { calls, create: (...args: unknown[]) => (calls.push(args), result) };
}

/** Reads a stream the way pdf-lib's CustomFontSubsetEmbedder does: 'data' parts until 'end'. */
function collect(stream: Readable): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const parts: number[] = [];
    stream.on('data', (b: Uint8Array) => parts.push(...b)).on('end', () => resolve(parts)).on('error', reject);
  });
}

type AdaptedFont = { createSubset(): { encodeStream(): Readable } };

describe('fontkitForPdfLib', () => {
  it('gives fontkit 2 subsets the encodeStream() pdf-lib reads', async () => {
    const fontkit = fakeFontkit(fakeFont('UnifontExMono', [1, 2, 3]));
    const font = fontkitForPdfLib(fontkit).create(new Uint8Array([9])) as unknown as AdaptedFont;
    expect(fontkit.calls).toEqual([[new Uint8Array([9])]]);
    expect(await collect(font.createSubset().encodeStream())).toEqual([1, 2, 3]);
  });

  it('picks the named face out of a collection (.ttc)', async () => {
    const faces = new Map([
      ['NotoSansCJKjp-Regular', fakeFont('NotoSansCJKjp-Regular', [1])],
      ['NotoSansCJKsc-Regular', fakeFont('NotoSansCJKsc-Regular', [2])],
    ]);
    const collection = { fonts: [...faces.values()], getFont: (name: string) => faces.get(name) ?? null };
    const font = fontkitForPdfLib(fakeFontkit(collection), ['NotoSansCJKsc-Regular']).create(new Uint8Array()) as unknown as AdaptedFont;
    expect(await collect(font.createSubset().encodeStream())).toEqual([2]);
    expect(() => fontkitForPdfLib(fakeFontkit(collection), ['NotoSansCJKsc-Bold']).create(new Uint8Array())).toThrow(
      'font collection has none of the faces NotoSansCJKsc-Bold (it has NotoSansCJKjp-Regular, NotoSansCJKsc-Regular)',
    );
  });

  it('leaves an encodeStream() the font already has', () => {
    const own = () => 'own stream';
    const fontkit = fakeFontkit({ createSubset: () => ({ encode: () => new Uint8Array(), encodeStream: own }) });
    const font = fontkitForPdfLib(fontkit).create(new Uint8Array()) as { createSubset(): { encodeStream: unknown } };
    expect(font.createSubset().encodeStream).toBe(own);
  });

  it('refuses what is not a font', () => {
    expect(() => fontkitForPdfLib(fakeFontkit(null)).create(new Uint8Array())).toThrow('not a font fontkit can subset');
  });
});

describe('loadPdfEngine', () => {
  const op = () => ({});
  const operators = { pushGraphicsState: op, popGraphicsState: op, setTextRenderingMode: op, setLineWidth: op, setStrokingGrayscaleColor: op };
  const pdfLib = { PDFDocument: Object.assign(function PDFDocument() {}, { create: async () => ({}) }), grayscale: (g: number) => ({ g }), ...operators };
  const fontkit = { create: () => null };

  it('names the missing packages', async () => {
    const r = await loadPdfEngine(async (name) => {
      throw new Error(`Cannot find package '${name}'`);
    });
    expect(r.ok ? 'loaded' : [r.error.code, r.error.details]).toEqual(['document.engineMissing', { packages: ['pdf-lib', 'fontkit'] }]);
  });

  it('takes ES namespaces and CommonJS exports behind default', async () => {
    const esm = await loadPdfEngine(async (name) => (name === 'pdf-lib' ? pdfLib : fontkit));
    expect(esm.ok && (esm.value.pdfLib as unknown) === pdfLib && (esm.value.fontkit as unknown) === fontkit).toBe(true);
    const cjs = await loadPdfEngine(async (name) => ({ default: name === 'pdf-lib' ? pdfLib : fontkit }));
    expect(cjs.ok && (cjs.value.pdfLib as unknown) === pdfLib).toBe(true);
  });

  it('refuses a module of another shape', async () => {
    const r = await loadPdfEngine(async (name) => (name === 'pdf-lib' ? { PDFDocument: {} } : fontkit));
    expect(r.ok ? 'loaded' : [r.error.code, r.error.details]).toEqual(['document.engineMissing', { packages: ['pdf-lib'] }]);
  });
});
