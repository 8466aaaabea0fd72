// The A4 application (申请表) as a PDF: a 2-page filled form (hukou-move, its examples, a long list of
// companions, express delivery, signature strokes, QR) through the document layer (layout + pdf-lib
// + fontkit 2, Noto Sans CJK subset), time per document and size; beside it the usual Electron way,
// Chromium's page.pdf() of the same content as HTML (same font, tables, inline SVG for the QR and
// the signature, header and footer templates), in the same run on the same machine.
// Both are timed warm: after BENCH_WARMUP (default 3) unmeasured documents, the median of
// BENCH_RUNS (default 15); the first document of each (engine import + font load; browser launch
// not counted) is printed too. BENCH_OUT=<dir> keeps both PDFs there to look at. Figures only;
// nothing here asserts a time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../playwright.config.ts';
import { applicationFormSheet, type ApplicationFormInput } from '../devices/document-printer/application-form-sheet.ts';
import { DocumentRenderer } from '../devices/document-printer/render-document.ts';
import type { Block, PageFrame, PrintDocument, Signer } from '../devices/document-printer/types.ts';
import { exampleValues } from '../domain/form-rules.ts';
import type { SignatureValue } from '../domain/forms.ts';
import { serviceItems } from '../platform/seed/data.ts';
import { seedForms } from '../platform/seed/forms.ts';
import { median, ms, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 3);

const form = seedForms.find((f) => f.id === 'hukou-move');
const item = serviceItems.find((i) => i.id === form?.itemId);
if (form === undefined || item === undefined) throw new Error('seed form hukou-move or its item is missing');

const signature: SignatureValue = {
  width: 600,
  height: 200,
  strokes: [
    Array.from({ length: 80 }, (_, i): [number, number] => [100 + i * 4, 100 + 35 * Math.sin(i / 5)]),
    Array.from({ length: 40 }, (_, i): [number, number] => [260 + i * 5, 50 + i * 2.5]),
  ],
};
const input: ApplicationFormInput = {
  form,
  values: { ...exampleValues(form), companions: `${'张小雨，女，2015-09-01，子女，随母迁入就读；张小风，男，2017-03-12，子女，随母迁入就读；'.repeat(16)}以上人员均随迁。` },
  item: { name: item.name, code: item.taskCode },
  materials: item.materials.map((m) => m.name),
  mode: 'filled',
  submissionId: 'FHALL01-20261207-0042',
  qr: 'FHALL01-20261207-0042',
  signedAt: '2026-12-07',
  delivery: { method: 'express', recipient: '李芳', phone: '13805710001', address: { regionCode: '330102', regionName: '浙江省杭州市上城区', detail: '解放路12号3单元502室' } },
  signature,
};
const doc = applicationFormSheet(input);
const frame: PageFrame = { hallName: '澄州市澜溪区政务服务中心', printedAt: '2026-12-07 14:00' };
const pageCount = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// --- ours: the document layer -----------------------------------------------------------------------

const renderer = new DocumentRenderer();
async function ours(): Promise<Uint8Array> {
  const r = await renderer.render(doc, frame, new Date(Date.UTC(2026, 11, 7, 6, 0)));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value.pdf;
}

// --- Chromium: the same content as HTML -----------------------------------------------------------

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const text = (s: string) => esc(s).replace(/\n/g, '<br>');

function signerHtml(s: Signer): string {
  const date = s.date === null ? '日期：　　　　年　　月　　日' : `日期：${s.date.year} 年 ${s.date.month} 月 ${s.date.day} 日`;
  const box = s.strokes
    ? `<svg width="160" height="40" viewBox="0 0 ${s.strokes.width} ${s.strokes.height}" preserveAspectRatio="xMidYMid meet">${s.strokes.strokes
        .map((st) => `<polyline fill="none" stroke="#000" stroke-width="4" stroke-linecap="round" points="${st.map((p) => p.join(',')).join(' ')}"/>`)
        .join('')}</svg>`
    : '<span class="line"></span>';
  return `<div class="signer"><span>${esc(s.label)}：</span>${box}<span class="date">${date}</span></div>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${text(b.text)}</h2>`;
    case 'paragraph':
      return `<p class="${b.small ? 'small' : ''}">${text(b.text)}</p>`;
    case 'fields':
      return `<table>${b.rows.map((r) => `<tr><th>${text(r.label)}</th><td>${text(r.value)}</td></tr>`).join('')}</table>`;
    case 'table':
      return `<table><tr>${b.columns.map((c) => `<th>${text(c.title)}</th>`).join('')}</tr>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    case 'grid':
      return `<table class="grid"><colgroup>${b.columns.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>${b.rows
        .map((r) => `<tr>${r.cells.map((c) => `<${c.shaded ? 'th' : 'td'} colspan="${c.span ?? 1}" style="height:${(c.minLines ?? 1) * 1.5}em">${text(c.text)}</${c.shaded ? 'th' : 'td'}>`).join('')}</tr>`)
        .join('')}</table>`;
    case 'checklist':
      return `<ul class="check">${b.items.map((i) => `<li>${i.checked ? '☑' : '☐'} ${text(i.text)}</li>`).join('')}</ul>`;
    case 'signatures':
      return `${b.declaration ? `<p><b>${text(b.declaration)}</b></p>` : ''}${b.signers.map(signerHtml).join('')}`;
    case 'signature':
      return b.labels.map((l) => `<p>${text(l)}</p>`).join('');
  }
}

function qrSvg(d: PrintDocument): string {
  const rows = d.qr?.rows ?? [];
  const cells = rows.flatMap((row, r) => row.flatMap((dark, c) => (dark ? [`<rect x="${c}" y="${r}" width="1" height="1"/>`] : []))).join('');
  return `<svg class="qr" viewBox="0 0 ${rows.length} ${rows.length}" shape-rendering="crispEdges">${cells}</svg>`;
}

const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; line-height: 1.5; margin: 0; }
h1 { font-size: 18pt; text-align: center; margin: 0; } .sub { text-align: center; font-size: 9pt; }
.qr { position: absolute; top: 0; right: 0; width: 22mm; height: 22mm; }
h2 { font-size: 12pt; margin: 8pt 0 2pt; } .small { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin-bottom: 8pt; } tr { break-inside: avoid; }
th, td { border: 0.6pt solid #000; padding: 3pt 5pt; text-align: left; vertical-align: top; font-weight: normal; }
th { background: #ebebeb; vertical-align: middle; } th[colspan="4"] { font-weight: bold; }
.signer { display: flex; align-items: flex-end; height: 44pt; } .signer .date { margin-left: auto; }
.line { display: inline-block; width: 160px; border-bottom: 0.6pt solid #000; }
ul.check { list-style: none; padding: 0; }
</style><body><div style="position:relative"><h1>${esc(doc.title)}</h1><div class="sub">${text(doc.subtitle ?? '')}</div>${qrSvg(doc)}</div>
${doc.blocks.map(blockHtml).join('\n')}</body></html>`;

const frameStyle = 'font-family:"Noto Sans CJK SC";font-size:9pt;width:100%;margin:0 20mm;display:flex;justify-content:space-between';
const pdfOptions = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: `<div style='${frameStyle}'><span>${esc(frame.hallName)}</span><span>${esc(doc.kind)}</span></div>`,
  footerTemplate: `<div style='${frameStyle}'><span></span><span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span><span>打印时间：${esc(frame.printedAt)}</span></div>`,
  margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
} as const;

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage();
async function chromiumPdf(): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf(pdfOptions);
}

// --- measure, taking turns so both see the same machine ---------------------------------------------

async function timed(f: () => Promise<Uint8Array>): Promise<{ ms: number; pdf: Uint8Array }> {
  const t = performance.now();
  const pdf = await f();
  return { ms: performance.now() - t, pdf };
}

const firstOurs = await timed(ours);
const firstChromium = await timed(chromiumPdf);
for (let i = 0; i < WARMUP; i++) {
  await ours();
  await chromiumPdf();
}
const a: number[] = [];
const b: number[] = [];
let ourPdf = firstOurs.pdf;
let theirPdf = firstChromium.pdf;
for (let i = 0; i < RUNS; i++) {
  const x = await timed(ours);
  const y = await timed(chromiumPdf);
  a.push(x.ms);
  b.push(y.ms);
  ourPdf = x.pdf;
  theirPdf = y.pdf;
}
await browser.close();
const out = process.env['BENCH_OUT'];
if (out !== undefined) {
  writeFileSync(join(out, 'form-pdf-ours.pdf'), ourPdf);
  writeFileSync(join(out, 'form-pdf-chromium.pdf'), theirPdf);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
printTable(`Application form PDF, hukou-move filled, 2 pages (median of ${RUNS} after ${WARMUP} warm-up)`, [
  ['ours: document layer (pdf-lib + fontkit 2, Noto Sans CJK subset)', `${ms(median(a))} (range ${ms(Math.min(...a))}-${ms(Math.max(...a))}), ${kb(ourPdf.length)}, ${pageCount(ourPdf)} pages`],
  ['ours: first document of the process (engine import, font load)', ms(firstOurs.ms)],
  ['Chromium page.pdf() of the same content as HTML (setContent + pdf)', `${ms(median(b))} (range ${ms(Math.min(...b))}-${ms(Math.max(...b))}), ${kb(theirPdf.length)}, ${pageCount(theirPdf)} pages`],
  ['Chromium: first document (browser already launched)', ms(firstChromium.ms)],
  ['ratio ours / Chromium: time, size', `${(median(a) / median(b)).toFixed(2)}x, ${(ourPdf.length / theirPdf.length).toFixed(2)}x`],
  ['goal: <= 150 ms and <= 150 KB', `${median(a) <= 150 ? 'met' : 'NOT met'} (time), ${ourPdf.length <= 150 * 1024 ? 'met' : 'NOT met'} (size)`],
]);
