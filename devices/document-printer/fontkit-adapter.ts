// pdf-lib embeds custom fonts through whatever object is passed to `registerFontkit`. Its own
// fork (@pdf-lib/fontkit 1.1.1, a copy of fontkit 1.7) corrupts subset CJK fonts (pdf-lib issue
// 1232): TrueType subsets lose glyphs to a short-`loca` bug, and CID-keyed CFF subsets (Noto Sans
// CJK, Source Han) come out with a broken header so the text renders blank while `pdftotext` still
// extracts it. Upstream fontkit 2 subsets both correctly. Two things differ from what pdf-lib calls:
//
// 1. pdf-lib calls `fontkit.create(bytes)` with the bytes only. For a collection (.ttc) fontkit 2
//    then returns the collection, not a face: this adapter picks the face by PostScript name.
// 2. pdf-lib's subset embedder reads the subset with `subset.encodeStream()` ('data', 'end' and
//    'error' events). fontkit 2 replaced that with `subset.encode()` returning the bytes; the
//    adapter gives each subset an `encodeStream()` that streams those bytes.
import { Readable } from 'node:stream';
import type * as PdfLib from 'pdf-lib';

/** What this adapter uses of fontkit 2 (`import * as fontkit from 'fontkit'`). */
export interface FontkitModule {
  create(data: Uint8Array, postscriptName?: string): unknown;
}

/** What pdf-lib's `registerFontkit` takes (pdf-lib does not export the type by name). */
export type PdfLibFontkit = Parameters<PdfLib.PDFDocument['registerFontkit']>[0];
type PdfLibFont = ReturnType<PdfLibFontkit['create']>;

interface SubsetLike {
  encode(): Uint8Array;
  encodeStream?: () => Readable;
}

interface FontLike {
  createSubset(): SubsetLike;
}

interface CollectionLike {
  getFont(postscriptName: string): unknown;
  readonly fonts?: readonly { readonly postscriptName?: unknown }[];
}

function isFont(value: unknown): value is FontLike {
  return typeof value === 'object' && value !== null && typeof (value as Partial<FontLike>).createSubset === 'function';
}

function isCollection(value: unknown): value is CollectionLike {
  return typeof value === 'object' && value !== null && !isFont(value) && typeof (value as Partial<CollectionLike>).getFont === 'function';
}

function faceNames(collection: CollectionLike): string {
  try {
    return (collection.fonts ?? []).map((f) => String(f.postscriptName)).join(', ');
  } catch {
    return '?';
  }
}

/**
 * Wraps fontkit 2 for pdf-lib. `faces`: PostScript names to look for, in order, when the bytes are
 * a font collection (e.g. ["NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold"]); a single font file is
 * used as it is. Throws (inside pdf-lib's embedFont) when no face matches.
 */
export function fontkitForPdfLib(fontkit: FontkitModule, faces: readonly string[] = []): PdfLibFontkit {
  return {
    create(data: Uint8Array): PdfLibFont {
      // One parsed face per font file and face for the life of the process: parsing Noto's CFF
      // (its index of 30,000 subroutines) and each glyph's outline took about half of a form's
      // time when done for every document. A subset is made per document from the shared face.
      const byModule = parsedFaces.get(fontkit) ?? new WeakMap<Uint8Array, Map<string, PdfLibFont>>();
      parsedFaces.set(fontkit, byModule);
      const byFile = byModule.get(data) ?? new Map<string, PdfLibFont>();
      byModule.set(data, byFile);
      const key = faces.join('\n');
      const known = byFile.get(key);
      if (known !== undefined) return known;
      const made = parseFace(fontkit, data, faces);
      byFile.set(key, made);
      return made;
    },
  };
}

/** Faces already parsed: by fontkit module, font file's bytes (held by the renderer for the process), faces asked for. */
const parsedFaces = new WeakMap<FontkitModule, WeakMap<Uint8Array, Map<string, PdfLibFont>>>();

function parseFace(fontkit: FontkitModule, data: Uint8Array, faces: readonly string[]): PdfLibFont {
  let font = fontkit.create(data);
  if (isCollection(font)) {
    const collection = font;
    const name = faces.find((n) => isFont(collection.getFont(n)));
    if (name === undefined) throw new Error(`font collection has none of the faces ${faces.join(', ')} (it has ${faceNames(collection)})`);
    font = collection.getFont(name);
  }
  if (!isFont(font)) throw new Error('not a font fontkit can subset');
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    if (typeof subset.encodeStream !== 'function') subset.encodeStream = () => Readable.from([subset.encode()]);
    return subset;
  };
  // fontkit 2's font is the object pdf-lib's Font type describes (its fork's API, kept upstream).
  return font as unknown as PdfLibFont;
}
