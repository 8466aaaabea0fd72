import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPdfPages } from '../../../devices/document-printer/pdf-preview.ts';
import { DocumentRenderer } from '../../../devices/document-printer/render-document.ts';
import { testPageDocument } from '../../../devices/document-printer/test-page.ts';

const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const pngSize = (png: Uint8Array) => {
  const b = Buffer.from(png);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('PDF page preview', () => {
  it('without pdftoppm: device.unsupported naming the package', async () => {
    const r = await renderPdfPages(new Uint8Array([0x25]), { command: 'pdftoppm-not-installed-here' });
    expect(r.ok ? 'ok' : [r.error.code, r.error.message]).toEqual([
      'device.unsupported',
      'pdftoppm-not-installed-here is not installed (Debian package poppler-utils): the pages cannot be shown',
    ]);
  });

  it.skipIf(!hasPdftoppm)('renders each page of the test page PDF as an A4-shaped PNG', async () => {
    const doc = await new DocumentRenderer().render(testPageDocument({ deviceId: 'a4-1', label: 'A4 打印机', route: 'simulated' }), { hallName: '测试大厅', printedAt: '2026-11-24 10:00' }, new Date(0));
    if (!doc.ok) throw new Error(doc.error.message);
    const pages = await renderPdfPages(doc.value.pdf, { dpi: 50 });
    if (!pages.ok) throw new Error(pages.error.message);
    expect(pages.value.length).toBe(doc.value.pages.length);
    // A4 at 50 dpi: 8.27 x 11.69 inches.
    expect(pngSize(pages.value[0]!)).toEqual([414, 585]);
  });

  it.skipIf(!hasPdftoppm)('a broken PDF is document.renderFailed with poppler\'s reason', async () => {
    const r = await renderPdfPages(new TextEncoder().encode('%PDF-1.7\nnot really\n'));
    expect(r.ok ? 'ok' : r.error.code).toBe('document.renderFailed');
  });
});
