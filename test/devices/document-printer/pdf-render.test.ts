// Real PDFs, checked the way a person and a printer would see them: poppler's pdftotext must give
// back exactly the Chinese text that was drawn (a broken ToUnicode map extracts as garbage),
// pdftoppm must load the embedded fonts without a complaint (the CFF subsets of @pdf-lib/fontkit
// fail here: poppler says "Embedded font file may be invalid" and quietly draws a system font
// instead), and the rendering must have ink where every text run is and none where nothing was
// drawn. pdf-lib and fontkit are dependencies: without them these tests fail. Without poppler-utils
// (a developer machine; CI installs it) they are skipped.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseProgressSheet } from '../../../devices/document-printer/case-progress-sheet.ts';
import { spawnRunner } from '../../../devices/document-printer/command-runner.ts';
import { findDocumentFonts } from '../../../devices/document-printer/fonts.ts';
import { a4Portrait } from '../../../devices/document-printer/page-style.ts';
import { DocumentRenderer, type RenderedDocument } from '../../../devices/document-printer/render-document.ts';
import { serviceGuideSheet } from '../../../devices/document-printer/service-guide-sheet.ts';
import type { DrawOp, PrintDocument } from '../../../devices/document-printer/types.ts';
import { fixedMeasure, frame, longCase, sampleCase, seedItem, validIdNumber } from './fixtures.ts';
import { decodePng, inkIn, type GreyImage } from './png-decode.ts';

const run = spawnRunner();
const poppler = (await run({ command: 'pdftoppm', args: ['-v'] })).kind === 'exited' && (await run({ command: 'pdftotext', args: ['-v'] })).kind === 'exited';
const dir = mkdtempSync(join(tmpdir(), 'hall-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type TextOp = Extract<DrawOp, { op: 'text' }>;
const DPI = 60;
const px = (pt: number) => (pt * DPI) / 72;
const compact = (s: string) => s.replace(/\s+/g, '');

async function render(doc: PrintDocument, fonts: 'system' | 'bundled' = 'system'): Promise<{ rendered: RenderedDocument; file: string }> {
  const renderer = new DocumentRenderer(fonts === 'bundled' ? { fonts: () => findDocumentFonts({ candidates: [] }) } : {});
  const r = await renderer.render(doc, frame, new Date(Date.UTC(2025, 2, 14, 1, 30)));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const file = join(dir, `${doc.kind}-${fonts}-${r.value.pages.length}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, r.value.pdf);
  return { rendered: r.value, file };
}

async function pdftotext(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const out = await run({ command: 'pdftotext', args: ['-enc', 'UTF-8', ...range, file, '-'] });
  if (out.kind !== 'exited' || out.code !== 0) throw new Error(`pdftotext: ${JSON.stringify(out)}`);
  expect(out.stderr).toBe('');
  return out.stdout;
}

async function pdftoppm(file: string): Promise<GreyImage[]> {
  const prefix = `${file}.page`;
  const out = await run({ command: 'pdftoppm', args: ['-png', '-r', String(DPI), file, prefix] });
  if (out.kind !== 'exited' || out.code !== 0) throw new Error(`pdftoppm: ${JSON.stringify(out)}`);
  // A font poppler cannot load ("Embedded font file may be invalid") would be replaced by a system
  // font and still show ink: its complaint is the check.
  expect(out.stderr).toBe('');
  const base = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((f) => decodePng(readFileSync(join(dir, f))));
}

const textsOf = (ops: readonly DrawOp[]) => ops.filter((o): o is TextOp => o.op === 'text');

/** Every text run drawn comes back from pdftotext, and nothing else does. */
function expectExactText(extracted: string, texts: readonly TextOp[]): void {
  const got = compact(extracted);
  for (const t of texts) expect(got).toContain(compact(t.text));
  const drawn = new Set([...texts.map((t) => compact(t.text)).join('')]);
  expect([...got].filter((c) => !drawn.has(c))).toEqual([]);
}

/** Ink in the box of every text run, at the position the layout gave it. */
function expectInk(image: GreyImage, texts: readonly TextOp[]): void {
  for (const t of texts) {
    const w = Math.min(fixedMeasure.width(t.text, t.size, t.weight), a4Portrait.width - a4Portrait.marginRight - t.x);
    const box = [px(t.x), px(t.y - 0.9 * t.size), px(t.x + w), px(t.y + 0.15 * t.size)] as const;
    const area = (box[2] - box[0]) * (box[3] - box[1]);
    expect({ text: t.text, ink: inkIn(image, ...box) >= Math.max(2, area * 0.03) }).toEqual({ text: t.text, ink: true });
  }
}

function expectBlankMargins(image: GreyImage): void {
  expect(inkIn(image, 0, 0, px(a4Portrait.marginLeft) - 2, image.height)).toBe(0);
  expect(inkIn(image, px(a4Portrait.width - a4Portrait.marginRight) + 2, 0, image.width, image.height)).toBe(0);
}

// poppler-utils is one of the packages `npm test` needs (bash .ci/run installs it): missing, these fail.
describe('PDF documents through poppler', () => {
  beforeAll(() => {
    if (!poppler) throw new Error('pdftoppm/pdftotext not found: apt-get install poppler-utils (bash .ci/run does)');
  });
  for (const fonts of ['system', 'bundled'] as const) {
    it(`prints a case sheet in the ${fonts} font: exact text, ink on every run, nothing elsewhere`, async () => {
      const { rendered, file } = await render(caseProgressSheet(sampleCase()), fonts);
      expect(rendered.pages).toHaveLength(1);
      const texts = textsOf(rendered.pages[0]?.ops ?? []);
      expectExactText(await pdftotext(file), texts);
      const [image, more] = await pdftoppm(file);
      if (image === undefined || more !== undefined) throw new Error('expected one page');
      expect([image.width, image.height]).toEqual([Math.ceil(px(a4Portrait.width)), Math.ceil(px(a4Portrait.height))]);
      expectInk(image, texts);
      expectBlankMargins(image);
      // Below the last line of the body and above the footer rule, the page is blank.
      const lastBottom = Math.max(...texts.filter((t) => t.y < a4Portrait.contentBottom).map((t) => t.y + 0.2 * t.size));
      expect(inkIn(image, 0, px(lastBottom) + 2, image.width, px(a4Portrait.footerRule) - 2)).toBe(0);
    });
  }

  it('breaks a long case over pages: page N of M on each, the table header repeated', async () => {
    const { rendered, file } = await render(caseProgressSheet(longCase(40)));
    const n = rendered.pages.length;
    expect(n).toBeGreaterThanOrEqual(3);
    const images = await pdftoppm(file);
    expect(images).toHaveLength(n);
    for (let i = 0; i < n; i++) {
      const page = compact(await pdftotext(file, i + 1));
      expect(page).toContain(`第${i + 1}页/共${n}页`);
      expect(page).toContain('环节状态时间办理岗位意见');
      const texts = textsOf(rendered.pages[i]?.ops ?? []);
      expectExactText(await pdftotext(file, i + 1), texts);
      const image = images[i];
      if (image === undefined) throw new Error('missing page image');
      expectInk(image, texts);
      expectBlankMargins(image);
    }
  });

  it('prints a service guide, the ID numbers in it masked', async () => {
    const guide = await render(serviceGuideSheet(seedItem('idcard-first')));
    expectExactText(await pdftotext(guide.file), guide.rendered.pages.flatMap((p) => textsOf(p.ops)));
    const masked = await render({ kind: '测试', title: '测试', blocks: [{ kind: 'paragraph', text: `身份证号 ${validIdNumber}` }] });
    const text = await pdftotext(masked.file);
    expect(text).toContain('110105********002X');
    expect(text).not.toContain(validIdNumber);
  });
});
