import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDocumentFonts, systemFontCandidates, type FontFamilyCandidate, type FontFiles } from '../../../devices/document-printer/fonts.ts';
import { tinyTrueTypeFont, tinyWoffFont } from '../printer/fixtures.ts';

function files(contents: Record<string, Uint8Array>): FontFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    exists: (p) => p in contents,
    read: (p) => {
      reads.push(p);
      const bytes = contents[p];
      if (bytes === undefined) throw new Error(`ENOENT ${p}`);
      return bytes;
    },
  };
}

const ttc = new Uint8Array([0x74, 0x74, 0x63, 0x66]);
const noto: FontFamilyCandidate = {
  family: 'Noto',
  regular: { path: '/fonts/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
  bold: { path: '/fonts/NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
};
const other: FontFamilyCandidate = { family: 'Other', regular: { path: '/other/regular.ttf' } };

describe('findDocumentFonts', () => {
  it('takes the first system family present, regular and bold, with their faces', () => {
    const fs = files({ '/fonts/NotoSansCJK-Regular.ttc': ttc, '/fonts/NotoSansCJK-Bold.ttc': ttc, '/other/regular.ttf': ttc });
    const r = findDocumentFonts({ candidates: [noto, other], files: fs, bundled: () => null });
    expect(r).toEqual({
      ok: true,
      value: {
        family: 'Noto',
        fonts: {
          regular: { source: '/fonts/NotoSansCJK-Regular.ttc', bytes: ttc, postscriptName: 'NotoSansCJKsc-Regular' },
          bold: { source: '/fonts/NotoSansCJK-Bold.ttc', bytes: ttc, postscriptName: 'NotoSansCJKsc-Bold' },
        },
      },
    });
  });

  it('sets bold in the regular face when the bold file is missing', () => {
    const r = findDocumentFonts({ candidates: [noto], files: files({ '/fonts/NotoSansCJK-Regular.ttc': ttc }), bundled: () => null });
    expect(r.ok && r.value.fonts.bold).toBe(undefined);
    expect(r.ok && r.value.fonts.regular.postscriptName).toBe('NotoSansCJKsc-Regular');
  });

  it('falls back to the bundled font, unpacking its WOFF once', () => {
    const fs = files({ '/node_modules/unifontex.woff': tinyWoffFont() });
    const r = findDocumentFonts({ candidates: [noto], files: fs, bundled: () => '/node_modules/unifontex.woff' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.family).toMatch(/UnifontEX/);
    expect(r.value.fonts.bold).toBe(undefined);
    expect(r.value.fonts.regular.bytes.subarray(12)).toEqual(tinyTrueTypeFont().subarray(12));
  });

  it('says what to install when there is no font at all', () => {
    const r = findDocumentFonts({ candidates: [noto], files: files({}), bundled: () => null });
    expect(r.ok ? 'found' : [r.error.code, r.error.message]).toEqual(['document.fontMissing', expect.stringMatching(/fonts-noto-cjk.*@fontsource\/unifontex/)]);
  });

  it('uses a configured font, and does not fall back when it is missing', () => {
    const fs = files({ '/etc/hall/font.ttf': ttc, '/fonts/NotoSansCJK-Regular.ttc': ttc });
    const configured: FontFamilyCandidate = { family: 'Configured', regular: { path: '/etc/hall/font.ttf' } };
    expect(findDocumentFonts({ configured, candidates: [noto], files: fs }).ok && 'Configured').toBe('Configured');
    const missing = findDocumentFonts({ configured: { ...configured, regular: { path: '/nope.ttf' } }, candidates: [noto], files: fs });
    expect(missing.ok ? 'found' : missing.error.code).toBe('document.fontMissing');
  });

  it('reports a font that cannot be read', () => {
    const fs = files({ '/other/regular.ttf': ttc });
    fs.read = () => {
      throw new Error('EACCES');
    };
    const r = findDocumentFonts({ candidates: [other], files: fs, bundled: () => null });
    expect(r.ok ? 'found' : [r.error.code, r.error.message]).toEqual(['document.fontMissing', 'cannot read font /other/regular.ttf: EACCES']);
  });

  const debian = systemFontCandidates[0];
  // fonts-noto-cjk is one of the packages `npm test` needs (bash .ci/run installs it).
  it('finds Noto Sans CJK SC where fonts-noto-cjk is installed', () => {
    expect(debian !== undefined && existsSync(debian.regular.path), 'fonts-noto-cjk is not installed: apt-get install fonts-noto-cjk').toBe(true);
    const r = findDocumentFonts();
    expect(r.ok ? [r.value.family, r.value.fonts.regular.postscriptName, r.value.fonts.bold?.postscriptName] : r.error.message).toEqual([
      debian?.family,
      'NotoSansCJKsc-Regular',
      'NotoSansCJKsc-Bold',
    ]);
  });
});
