// Which CJK font the PDFs embed: a configured file, else the first system font found (Noto Sans CJK
// SC where fonts-noto-cjk is installed, Microsoft YaHei on Windows), else the dot-matrix UnifontEX
// shipped in the @fontsource/unifontex npm dependency, which covers the whole BMP but looks like a
// thermal printer's font. Only the glyphs used end up in each PDF (subsetting).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { DocumentFonts, FontFace } from './pdf-lib-surface.ts';
import { isWoff, woffToSfnt } from './woff.ts';

export interface FontFileCandidate {
  readonly path: string;
  /** The face inside a collection (.ttc); absent for a single font file. */
  readonly postscriptName?: string;
}

export interface FontFamilyCandidate {
  readonly family: string;
  readonly regular: FontFileCandidate;
  readonly bold?: FontFileCandidate;
}

const notoAt = (dir: string, family: string): FontFamilyCandidate => ({
  family,
  regular: { path: `${dir}/NotoSansCJK-Regular.ttc`, postscriptName: 'NotoSansCJKsc-Regular' },
  bold: { path: `${dir}/NotoSansCJK-Bold.ttc`, postscriptName: 'NotoSansCJKsc-Bold' },
});

/** Looked for in this order. The Debian path is checked in CI; the others follow those distributions' packages. */
export const systemFontCandidates: readonly FontFamilyCandidate[] = [
  notoAt('/usr/share/fonts/opentype/noto', 'Noto Sans CJK SC (Debian, Ubuntu, UOS, Kylin: fonts-noto-cjk)'),
  notoAt('/usr/share/fonts/google-noto-sans-cjk-fonts', 'Noto Sans CJK SC (Fedora)'),
  notoAt('/usr/share/fonts/google-noto-cjk', 'Noto Sans CJK SC (older Fedora)'),
  notoAt('/usr/share/fonts/noto-cjk', 'Noto Sans CJK SC (Arch)'),
  {
    family: 'Microsoft YaHei (Windows)',
    regular: { path: 'C:\\Windows\\Fonts\\msyh.ttc', postscriptName: 'MicrosoftYaHei' },
    bold: { path: 'C:\\Windows\\Fonts\\msyhbd.ttc', postscriptName: 'MicrosoftYaHei-Bold' },
  },
];

/** Module specifier of the bundled fallback (the same file the slip renderer uses). */
export const bundledDocumentFont = '@fontsource/unifontex/files/unifontex-latin-400-normal.woff';

export interface FontFiles {
  exists(path: string): boolean;
  read(path: string): Uint8Array;
}

export const nodeFontFiles: FontFiles = {
  exists: (path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  read: (path) => readFileSync(path),
};

export interface FontSearch {
  /** A font set in the configuration: used when its regular file exists, else it is an error. */
  readonly configured?: FontFamilyCandidate;
  readonly candidates?: readonly FontFamilyCandidate[];
  /** Path of the bundled fallback, or null when its package is not installed. */
  readonly bundled?: () => string | null;
  readonly files?: FontFiles;
}

export interface FoundFonts {
  readonly family: string;
  readonly fonts: DocumentFonts;
}

function resolveBundled(): string | null {
  try {
    return createRequire(import.meta.url).resolve(bundledDocumentFont);
  } catch {
    return null;
  }
}

function face(files: FontFiles, c: FontFileCandidate): FontFace {
  const read = files.read(c.path);
  const bytes = isWoff(read) ? woffToSfnt(read) : read;
  return c.postscriptName === undefined ? { source: c.path, bytes } : { source: c.path, bytes, postscriptName: c.postscriptName };
}

function load(files: FontFiles, candidate: FontFamilyCandidate): Result<FoundFonts> {
  try {
    const regular = face(files, candidate.regular);
    const bold = candidate.bold !== undefined && files.exists(candidate.bold.path) ? face(files, candidate.bold) : undefined;
    return ok({ family: candidate.family, fonts: bold === undefined ? { regular } : { regular, bold } });
  } catch (e) {
    return err(kioskError('document.fontMissing', `cannot read font ${candidate.regular.path}: ${e instanceof Error ? e.message : String(e)}`));
  }
}

/** Finds and reads the document fonts (a Noto CJK collection is about 19 MB: keep the result). */
export function findDocumentFonts(search: FontSearch = {}): Result<FoundFonts> {
  const files = search.files ?? nodeFontFiles;
  if (search.configured !== undefined) {
    if (!files.exists(search.configured.regular.path)) {
      return err(kioskError('document.fontMissing', `configured font not found: ${search.configured.regular.path}`));
    }
    return load(files, search.configured);
  }
  for (const candidate of search.candidates ?? systemFontCandidates) {
    if (files.exists(candidate.regular.path)) return load(files, candidate);
  }
  const bundled = (search.bundled ?? resolveBundled)();
  if (bundled !== null && files.exists(bundled)) return load(files, { family: 'UnifontEX (bundled, dot-matrix)', regular: { path: bundled } });
  return err(
    kioskError('document.fontMissing', `no CJK font: install fonts-noto-cjk, or the ${bundledDocumentFont.split('/files/')[0]} package`),
  );
}
