// Application forms of real seed forms through the real renderer and poppler, as the window sees
// them: pdftotext gives back every filled value, the full ID number and "page N of M" on each page;
// pdftoppm shows ink where the QR and the signature are (and none there when they are absent);
// pdffonts lists the CJK font embedded as a subset. Needs poppler-utils, like pdf-render.test.ts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationFormSheet, type ApplicationFormInput } from '../../../devices/document-printer/application-form-sheet.ts';
import { spawnRunner } from '../../../devices/document-printer/command-runner.ts';
import { DocumentRenderer, type RenderedDocument } from '../../../devices/document-printer/render-document.ts';
import type { DrawOp, LaidOutPage } from '../../../devices/document-printer/types.ts';
import { allFields, exampleValues, shownValues } from '../../../domain/form-rules.ts';
import type { FormField, FormValue } from '../../../domain/forms.ts';
import { frame, seedFormInput, submissionId } from './fixtures.ts';
import { decodePng, inkIn, type GreyImage } from './png-decode.ts';

const run = spawnRunner();
const poppler = (await run({ command: 'pdftoppm', args: ['-v'] })).kind === 'exited' && (await run({ command: 'pdffonts', args: ['-v'] })).kind === 'exited';
const dir = mkdtempSync(join(tmpdir(), 'hall-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DPI = 60;
const px = (pt: number) => (pt * DPI) / 72;
const compact = (s: string) => s.replace(/\s+/g, '');
const renderer = new DocumentRenderer();
let files = 0;

async function render(input: ApplicationFormInput): Promise<{ rendered: RenderedDocument; file: string }> {
  const r = await renderer.render(applicationFormSheet(input), frame, new Date(Date.UTC(2026, 11, 7, 6, 0)));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const file = join(dir, `form-${files++}.pdf`);
  writeFileSync(file, r.value.pdf);
  return { rendered: r.value, file };
}

async function tool(command: string, args: string[]): Promise<string> {
  const out = await run({ command, args });
  if (out.kind !== 'exited' || out.code !== 0) throw new Error(`${command}: ${JSON.stringify(out)}`);
  expect(out.stderr).toBe('');
  return out.stdout;
}

const pdftotext = (file: string, page: number) => tool('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']);

async function pdftoppm(file: string): Promise<GreyImage[]> {
  const prefix = `${file}.page`;
  await tool('pdftoppm', ['-png', '-r', String(DPI), file, prefix]);
  const base = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((f) => decodePng(readFileSync(join(dir, f))));
}

/** How a value reads in the PDF's text (tick boxes are drawn, so only the chosen option's words). */
function printedTexts(field: FormField, value: FormValue): string[] {
  if (typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.map((v) => field.options?.find((o) => o.value === v)?.label ?? v);
  if (typeof value === 'object' && 'detail' in value) return [`${value.regionName}${value.detail}`];
  if (typeof value === 'object') return [];
  if (field.type === 'choice') return [field.options?.find((o) => o.value === value)?.label ?? value];
  return [value];
}

type Box = readonly [number, number, number, number];

function boxOf(ops: readonly DrawOp[]): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const o of ops) {
    if (o.op === 'polyline') {
      xs.push(...o.points.map((p) => p[0]));
      ys.push(...o.points.map((p) => p[1]));
    }
    if (o.op === 'fill') {
      xs.push(o.x, o.x + o.width);
      ys.push(o.y, o.y + o.height);
    }
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The QR's modules: the black fills above the body's first rule (the grid's shading is grey). */
const qrFills = (page: LaidOutPage) => page.ops.filter((o) => o.op === 'fill' && o.gray === 0);
/** The signature's strokes: polylines of more than the three points of a tick mark. */
const strokes = (page: LaidOutPage) => page.ops.filter((o) => o.op === 'polyline' && (o.points.length > 3 || o.points.length === 2));

function ink(image: GreyImage, [x0, y0, x1, y1]: Box): number {
  return inkIn(image, px(x0), px(y0), px(x1), px(y1));
}

const LONG_COMPANIONS = `${'张小雨，女，2015-09-01，子女，随母迁入就读；张小风，男，2017-03-12，子女，随母迁入就读；'.repeat(16)}以上人员均随迁。`;

describe('application forms through poppler', () => {
  beforeAll(() => {
    if (!poppler) throw new Error('pdftoppm/pdffonts not found: apt-get install poppler-utils (bash .ci/run does)');
  });

  for (const id of ['idcard-application', 'hf-withdraw', 'hukou-move'] as const) {
    it(`${id}: every filled value, the full ID number, the submission id and page N of M in the PDF's text`, async () => {
      const base = seedFormInput(id, 'filled');
      const values = id === 'hukou-move' ? { ...exampleValues(base.form), companions: LONG_COMPANIONS } : base.values;
      // hukou-move: a long list of companions and an express delivery take it onto a second page.
      const delivery: ApplicationFormInput['delivery'] =
        id === 'hukou-move' ? { method: 'express', recipient: '李芳', phone: '13805710001', address: { regionCode: '330102', regionName: '浙江省杭州市上城区', detail: '解放路12号3单元502室' } } : base.delivery;
      const { rendered, file } = await render({ ...base, values, delivery });
      const n = rendered.pages.length;
      const pages = await Promise.all(rendered.pages.map((_, i) => pdftotext(file, i + 1).then(compact)));
      pages.forEach((text, i) => expect(text).toContain(`第${i + 1}页/共${n}页`));
      const all = pages.join('');
      expect(all).toContain(submissionId);
      if (delivery?.method === 'express') for (const text of [delivery.recipient, delivery.phone, '浙江省杭州市上城区解放路12号3单元502室']) expect(all).toContain(text);
      const shown = shownValues(base.form, values);
      for (const field of allFields(base.form)) {
        const value = shown[field.id];
        if (value === undefined) continue;
        for (const text of printedTexts(field, value)) expect({ field: field.id, found: all.includes(compact(text)) }).toEqual({ field: field.id, found: true });
        if (field.type === 'idNumber' && typeof value === 'string') expect(all).toContain(value);
      }
      if (id === 'hukou-move') {
        // The long list of companions runs onto page 2.
        expect(n).toBe(2);
        expect(pages[1]).toContain('以上人员均随迁。');
      }
    });
  }

  it('has ink where the QR and the signature are drawn, and none there without them', async () => {
    const signed = await render(seedFormInput('hf-withdraw', 'filled'));
    const page = signed.rendered.pages[0];
    if (page === undefined) throw new Error('no page');
    const qr = boxOf(qrFills(page));
    const signature = boxOf(strokes(page));
    // The QR at the top right, the signature below the grid.
    expect(qr[2]).toBeGreaterThan(page.width / 2);
    expect(qr[1]).toBeLessThan(page.height / 4);
    expect(signature[1]).toBeGreaterThan(qr[3]);
    const [image] = await pdftoppm(signed.file);
    if (image === undefined) throw new Error('no image');
    const qrArea = px(qr[2] - qr[0]) * px(qr[3] - qr[1]);
    expect(ink(image, qr) / qrArea).toBeGreaterThan(0.3);
    expect(ink(image, qr) / qrArea).toBeLessThan(0.75);
    expect(ink(image, signature)).toBeGreaterThan(20);

    const unsigned = await render(seedFormInput('hf-withdraw', 'filled', undefined, { signature: null }));
    const [noStrokes] = await pdftoppm(unsigned.file);
    if (noStrokes === undefined) throw new Error('no image');
    // Without strokes the box holds only the line to sign on, at its foot.
    expect(ink(noStrokes, [signature[0], signature[1], signature[2], signature[3] - 4])).toBe(0);
    const noQr = await render(seedFormInput('hf-withdraw', 'filled', undefined, { qr: null }));
    const [plain] = await pdftoppm(noQr.file);
    if (plain === undefined) throw new Error('no image');
    // The title block is laid out wider without the QR: the subtitle may reach that corner, but not a QR's worth of ink.
    expect(ink(plain, qr) / qrArea).toBeLessThan(0.1);
  });

  it('embeds the CJK font as a subset', async () => {
    const { file } = await render(seedFormInput('idcard-application', 'filled'));
    const fonts = (await tool('pdffonts', [file])).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThanOrEqual(1);
    for (const line of fonts) {
      // name, type, encoding, emb, sub, uni, object: "HALLRG+NotoSansCJKsc-Regular CID Type 0C Identity-H yes yes yes 4 0"
      expect(line).toMatch(/^[A-Z]{6}\+\S+\s.*\s(yes)\s+(yes)\s+(yes)\s+\d+\s+\d+\s*$/);
    }
  });
});
